"""The repository as the checks see it: where the docs and the data are, and every check over them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from curriculum.checks.anchors import anchor_problems
from curriculum.checks.files import file_problems
from curriculum.checks.frontmatter import front_matter_problems
from curriculum.checks.links import link_problems
from curriculum.checks.markers import marker_problems
from curriculum.checks.markup import markup_problems
from curriculum.glossary.termbase import Glossary, load_glossary
from curriculum.languages import LANGUAGES
from curriculum.legal.citations import page_problems, superseded_form_problems
from curriculum.legal.review import PageCitations, page_citations
from curriculum.model.citation import Citation, load_citation
from curriculum.model.load import load_curriculum
from curriculum.model.records import Curriculum
from curriculum.model.problems import Problem
from curriculum.language.scripts import mixed_script_problems
from curriculum.language.translations import missing_translations
from curriculum.model.sources import read_text
from curriculum.model.validate import check_course_pages, check_logo, validate


@dataclass
class Content:
    """Everything the pages are generated from, once every check has passed."""

    curriculum: Curriculum
    glossary: Glossary
    # What each page cites (docs-relative path → its acts and "to be checked" marks), for the Legal framework
    # page and the translation status.
    citations: dict[str, PageCitations]
    # CITATION.cff: the programme's version year for the passport's "How to cite" line.
    citation: Citation | None = None


class CheckMemo:
    """What an earlier check of the same project worked out, reused while the files it came from are unchanged:
    `mkdocs serve` checks the whole project again after every save, and then only the saved page is read anew."""

    def __init__(self) -> None:
        self._data: tuple[tuple, tuple] | None = None
        self._pages: dict[tuple[str, str], tuple[str, object, object]] = {}

    def data(self, signature: tuple, compute: Callable[[], tuple]) -> tuple:
        if self._data is None or self._data[0] != signature:
            self._data = (signature, compute())
            self._pages.clear()  # page results checked against the old data
        return self._data[1]

    def page(self, check: str, page: str, text: str, data: object, compute: Callable[[], object]):
        """``compute()`` for a page, again only when its text or the data it was checked against changed."""
        entry = self._pages.get((check, page))
        if entry is not None and entry[1] is data and entry[0] == text:
            return entry[2]
        result = compute()
        self._pages[(check, page)] = (text, data, result)
        return result


class Project:
    def __init__(self, root: Path, memo: CheckMemo | None = None):
        self.root = Path(root)
        self.docs_dir = self.root / "docs"
        self.data_dir = self.root / "data"
        self.memo = memo

    def load(self) -> tuple[Content | None, list[Problem]]:
        if self.memo is None:
            curriculum, glossary, data_problems = self._load_data()
        else:
            curriculum, glossary, data_problems = self.memo.data(_signature(self.data_dir), self._load_data)
        problems = list(data_problems)
        citation, found = load_citation(self.root)
        problems += found
        if curriculum is None:
            return None, problems
        problems += check_course_pages(curriculum, self.docs_dir) + check_logo(curriculum, self.docs_dir)
        if curriculum.pathway is None:
            problems += pathway_marker_problems(self.docs_dir)
        citations = {}
        for page, lang, text in self._pages():
            shown = f"docs/{page}"
            problems += self._per_page("citations", page, text, curriculum,
                                       lambda: page_problems(text, shown, curriculum.acts, lang))
            if lang is not None:
                citations[page] = self._per_page("cited", page, text, None, lambda: page_citations(text, lang))
        return Content(curriculum, glossary, citations, citation), problems

    def _load_data(self) -> tuple[Curriculum | None, Glossary | None, list[Problem]]:
        """The data and every problem of the data alone."""
        curriculum, problems = load_curriculum(self.data_dir)
        if curriculum is None:
            return None, None, problems
        problems += validate(curriculum)
        glossary, found = load_glossary(self.data_dir, set(curriculum.acts))
        problems += found
        if glossary is not None:
            problems += glossary_definition_problems(glossary, curriculum)
        return curriculum, glossary, problems

    def _pages(self) -> Iterator[tuple[str, str | None, str]]:
        """(path inside docs/, its language or None, text) of every page that is UTF-8 text."""
        for path in sorted(self.docs_dir.rglob("*.md")):
            page = path.relative_to(self.docs_dir).as_posix()
            text = read_text(path)
            if text is not None:  # not UTF-8 text: the check of the files reports it
                top = page.split("/")[0]
                yield page, (top if top in LANGUAGES else None), text

    def _per_page(self, check: str, page: str, text: str, data: object, compute: Callable[[], object]):
        return compute() if self.memo is None else self.memo.page(check, page, text, data, compute)

    def check(self) -> list[Problem]:
        """Every problem in the project, from every check, in one list."""
        return self.load_and_check()[1]

    def load_and_check(self) -> tuple[Content | None, list[Problem]]:
        content, problems = self.load()
        curriculum, glossary = (content.curriculum, content.glossary) if content else (None, None)
        found = [*problems, *file_problems(self.root), *missing_translations(self.docs_dir),
                 *anchor_problems(self.docs_dir), *front_matter_problems(self.docs_dir), *marker_problems(self.docs_dir),
                 *markup_problems(self.docs_dir),
                 *link_problems(self.docs_dir, curriculum, glossary), *mixed_script_problems(self.root)]
        return content, list(dict.fromkeys(found))  # a file not UTF-8 is reported once, by whichever check met it


def _signature(folder: Path) -> tuple:
    """Each file of a folder with its size and time of change: any edit changes it."""
    return tuple((str(path), stat.st_mtime_ns, stat.st_size) for path in sorted(Path(folder).rglob("*"))
                 if (stat := path.stat()) and path.is_file())


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


_PATHWAY_MARKER = re.compile(r"^[ \t]*<!--\s*curriculum:pathway-[a-z-]+\s*-->", re.MULTILINE)


def pathway_marker_problems(docs_dir: Path) -> list[Problem]:
    """A page that shows the accelerated pathway needs its data."""
    problems = []
    for page in sorted(docs_dir.rglob("*.md")):
        text = read_text(page)
        if text is None:
            continue  # not UTF-8 text: the check of the files reports it
        for match in _PATHWAY_MARKER.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(Problem(f"docs/{page.relative_to(docs_dir).as_posix()}", line,
                                    "the page shows the accelerated pathway, but data/pathway.yml is missing",
                                    "restore data/pathway.yml, or remove the marker"))
    return problems
