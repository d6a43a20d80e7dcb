"""The repository as the checks see it: where the docs and the data are."""

from __future__ import annotations

from pathlib import Path

from curriculum.anchors import anchor_problems
from curriculum.problems import Problem
from curriculum.translations import missing_translations


class Project:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.docs_dir = self.root / "docs"
        self.data_dir = self.root / "data"

    def check(self) -> list[Problem]:
        """Every problem in the project, from every check, in one list."""
        return [*missing_translations(self.docs_dir), *anchor_problems(self.docs_dir)]
