"""Every `python3 dev.py …` command the README, the docstring and the contributor guide name exists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_documented_dev_command_exists():
    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    texts = [dev.__doc__, (ROOT / "README.md").read_text(encoding="utf-8"),
             *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*/contributing/*.md")))]
    named = {name for text in texts for name in re.findall(r"python3 dev\.py ([a-z-]+)", text)}
    assert named >= {"serve", "test", "check", "spelling", "translated", "new-course"}
    assert sorted(named - set(dev.COMMANDS)) == []
