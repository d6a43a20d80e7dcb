"""Publish the whole curriculum as open data at the site root: programme/curriculum.json.

The document is language-neutral (titles carry all three languages), so it is written once, by the build of
the default language (mkdocs-static-i18n builds the other languages inside that build's on_post_build)."""

import json
from pathlib import Path

from curriculum.site.build import checked_content
from curriculum.model.opendata import curriculum_document


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # another language's build: the document is the same, written once
    content = checked_content(Path(config.config_file_path).parent)
    target = Path(config.site_dir) / "programme" / "curriculum.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(curriculum_document(content.curriculum, config.site_url), ensure_ascii=False, indent=1)
    target.write_text(text + "\n", encoding="utf-8")
