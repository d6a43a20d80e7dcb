"""The repository as the checks see it: where the docs and the data are, and every check over them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from curriculum.checks.anchors import anchor_problems
from curriculum.glossary.termbase import Glossary, load_glossary
from curriculum.model.load import load_curriculum
from curriculum.model.records import Curriculum
from curriculum.model.problems import Problem
from curriculum.language.scripts import mixed_script_problems
from curriculum.language.translations import missing_translations
from curriculum.model.validate import validate


@dataclass
class Content:
    """Everything the pages are generated from, once every check has passed."""

    curriculum: Curriculum
    glossary: Glossary


class Project:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.docs_dir = self.root / "docs"
        self.data_dir = self.root / "data"

    def load(self) -> tuple[Content | None, list[Problem]]:
        curriculum, problems = load_curriculum(self.data_dir)
        if curriculum is None:
            return None, problems
        problems += validate(curriculum, self.docs_dir)
        glossary, found = load_glossary(self.data_dir, set(curriculum.sources))
        problems += found
        return Content(curriculum, glossary), problems

    def check(self) -> list[Problem]:
        """Every problem in the project, from every check, in one list."""
        return self.load_and_check()[1]

    def load_and_check(self) -> tuple[Content | None, list[Problem]]:
        content, problems = self.load()
        return content, [*problems, *missing_translations(self.docs_dir), *anchor_problems(self.docs_dir),
                         *mixed_script_problems(self.root)]
