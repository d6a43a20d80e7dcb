"""Yearly versions (built by mike): the version selector, a well-formed site_url, the version notice (an
older programme on an intake year, the draft on dev).

Outside mike (mkdocs build or serve, pull-request previews) nothing changes but the site_url's slash.
"""

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from curriculum.site.build import checked_content
from curriculum.publishing.versions import VersionError, check_version, material_version_config, notice_for, with_trailing_slash

# Set by `mike deploy` for the build it runs.
_VERSION_VARIABLE = "MIKE_DOCS_VERSION"


# After mike's on_config (priority 0), which appends the version to site_url without a trailing slash.
@event_priority(-50)
def on_config(config):
    config.site_url = with_trailing_slash(config.site_url)
    version = _version()
    if version:
        config.extra["version"] = material_version_config()
        mike = config.plugins.get("mike")
        if mike is not None:
            # mkdocs-static-i18n runs on_config again for each further language: from here on mike must
            # leave the versioned site_url as it is, or each run appends the version once more
            # (…/2026/2026/2026/ru/). An empty canonical version makes mike's urljoin a no-op.
            mike.config["canonical_version"] = ""
    return config


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    labels = checked_content(Path(config.config_file_path).parent).curriculum.labels
    notice = notice_for(_version(), lang, page.url, labels)
    context["version_notice"] = notice.as_dict() if notice else None
    return context


def _version():
    version = os.environ.get(_VERSION_VARIABLE)
    if not version:
        return None
    try:
        return check_version(version)
    except VersionError as error:
        raise PluginError(f"{_VERSION_VARIABLE}: {error}") from None
