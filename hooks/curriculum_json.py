"""Publish the whole curriculum as open data: programme/curriculum.json in every language's folder."""

import json
from pathlib import Path

from curriculum.build import checked_curriculum
from curriculum.opendata import curriculum_document


def on_post_build(config):
    curriculum = checked_curriculum(Path(config.config_file_path).parent)
    target = Path(config.site_dir) / "programme" / "curriculum.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(curriculum_document(curriculum), ensure_ascii=False, indent=1, sort_keys=False)
    target.write_text(text + "\n", encoding="utf-8")
