"""Publish the whole curriculum as open data at the site root: programme/curriculum.json.

The document is language-neutral (titles carry all three languages), so it is written once; MkDocs calls
this event for the build at the site root only."""

import json
from pathlib import Path

from curriculum.site.build import checked_content
from curriculum.model.opendata import curriculum_document


def on_post_build(config):
    content = checked_content(Path(config.config_file_path).parent)
    target = Path(config.site_dir) / "programme" / "curriculum.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(curriculum_document(content.curriculum, config.site_url), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
