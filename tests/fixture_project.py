"""A miniature, valid project (tests/fixtures/minimal) copied into a temporary folder, to break on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

from curriculum.cli.scaffold import scaffold_course

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = Path(__file__).resolve().parent / "fixtures" / "minimal"


def make_project(target: Path) -> Path:
    """Data from the fixture, labels and the citation file from the repository, course pages from the scaffold."""
    shutil.copytree(MINIMAL, target, dirs_exist_ok=True)
    shutil.copy(ROOT / "data" / "labels.yml", target / "data" / "labels.yml")
    shutil.copy(ROOT / "CITATION.cff", target / "CITATION.cff")
    for record in sorted((target / "data" / "courses").glob("*.yml")):
        scaffold_course(target, record.stem)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
