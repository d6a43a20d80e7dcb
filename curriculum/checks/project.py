"""The repository as the checks see it: where the docs and the data are, and every check over them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from curriculum.checks.anchors import anchor_problems
from curriculum.checks.files import file_problems
from curriculum.checks.links import link_problems
from curriculum.checks.markers import marker_problems
from curriculum.checks.markup import markup_problems
from curriculum.glossary.termbase import Glossary, load_glossary
from curriculum.legal.citations import citation_problems, superseded_form_problems
from curriculum.legal.review import PageCitations, read_citations
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
    # What each page cites (docs-relative path → its acts and "to be checked" marks), for the Legal framework
    # page and the translation status.
    citations: dict[str, PageCitations]


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
        glossary, found = load_glossary(self.data_dir, set(curriculum.acts))
        problems += found
        problems += citation_problems(self.docs_dir, curriculum.acts)
        if glossary is not None:
            problems += glossary_definition_problems(glossary, curriculum)
        return Content(curriculum, glossary, read_citations(self.docs_dir)), problems

    def check(self) -> list[Problem]:
        """Every problem in the project, from every check, in one list."""
        return self.load_and_check()[1]

    def load_and_check(self) -> tuple[Content | None, list[Problem]]:
        content, problems = self.load()
        curriculum, glossary = (content.curriculum, content.glossary) if content else (None, None)
        found = [*problems, *file_problems(self.root), *missing_translations(self.docs_dir),
                 *anchor_problems(self.docs_dir), *marker_problems(self.docs_dir), *markup_problems(self.docs_dir),
                 *link_problems(self.docs_dir, curriculum, glossary), *mixed_script_problems(self.root)]
        return content, list(dict.fromkeys(found))  # a file not UTF-8 is reported once, by whichever check met it


def glossary_definition_problems(glossary: Glossary, curriculum: Curriculum) -> list[Problem]:
    """A glossary definition describes the law in force: no word that belongs only to a superseded act."""
    problems = []
    for concept in glossary.concepts.values():
        act = curriculum.acts.get(concept.source_act) if concept.source_act else None
        if act is not None and act.is_historical:
            successor = f": cite {act.replaced_by}" if act.replaced_by else ""
            problems.append(Problem(concept.path, concept.line, f"concept {concept.id} takes its source from {act.id}, "
                                    f"which is {act.status}", f"a glossary source is an act in force{successor}"))
        for lang, term in concept.terms.items():
            problems += superseded_form_problems(term.definition, concept.path, curriculum.acts, lang,
                                                 first_line=concept.line, history_allowed=False)
    return problems
