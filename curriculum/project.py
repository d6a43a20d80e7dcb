"""The repository as the checks see it: where the docs and the data are, and every check over them."""

from __future__ import annotations

from pathlib import Path

from curriculum.anchors import anchor_problems
from curriculum.load import load_curriculum
from curriculum.model import Curriculum
from curriculum.problems import Problem
from curriculum.translations import missing_translations
from curriculum.validate import validate


class Project:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.docs_dir = self.root / "docs"
        self.data_dir = self.root / "data"

    def load(self) -> tuple[Curriculum | None, list[Problem]]:
        curriculum, problems = load_curriculum(self.data_dir)
        if curriculum is not None:
            problems += validate(curriculum, self.docs_dir)
        return curriculum, problems

    def check(self) -> list[Problem]:
        """Every problem in the project, from every check, in one list."""
        _, problems = self.load()
        return [*problems, *missing_translations(self.docs_dir), *anchor_problems(self.docs_dir)]
