"""The adopting university's settings (data/university.yml) that the site's configuration takes: the site's
address, when no deployment sets SITE_URL, and the logo in the header."""

import os
from pathlib import Path

from mkdocs.plugins import event_priority

from curriculum.model.problems import ProblemsFound
from curriculum.site.build import check_content


# Before mike's on_config (priority 0), which appends the version to the address it finds.
@event_priority(50)
def on_config(config):
    try:
        university = check_content(Path(config.config_file_path).parent).curriculum.university
    except ProblemsFound:
        return config  # hooks/curriculum_check.py reports every problem
    if not config.site_url:
        # mkdocs-static-i18n runs on_config again for each language: by then the address is set (and versioned).
        config.site_url = university.site_address(os.environ) or None
    if university.logo:
        config.theme["logo"] = university.logo
    return config
