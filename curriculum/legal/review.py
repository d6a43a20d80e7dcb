"""The yearly legal review: which acts of the register are due to be checked against the official text, and which
pages cite which acts — the list a programme committee goes through before an intake year is published."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.legal.citations import checks_to_do, cited_acts
from curriculum.model.problems import Problem
from curriculum.model.records import LegalAct
from curriculum.model.sources import read_text
from curriculum.model.validate import course_of_page

REVIEW_INTERVAL = datetime.timedelta(days=365)


def due_for_review(acts: Mapping[str, LegalAct], today: datetime.date) -> list[Problem]:
    """Acts never checked, or checked more than a year before ``today``: warnings, not failures."""
    due = []
    for act in acts.values():
        if act.status == "unreadable":
            continue
        if act.checked is None:
            due.append(Problem(act.path, act.line("id"), f"act {act.id} has never been checked against the official text",
                               "check it on adilet.zan.kz and write the date as 'checked: YYYY-MM-DD'"))
        elif today - datetime.date.fromisoformat(act.checked) > REVIEW_INTERVAL:
            due.append(Problem(act.path, act.line("checked"), f"act {act.id} was last checked on {act.checked}, over a year ago",
                               "check it again on adilet.zan.kz and update 'checked:'"))
    return due


def review_report(acts: Mapping[str, LegalAct], today: datetime.date) -> str | None:
    """The yearly review's to-do list as contributors read it: stale checks one per line (path:line), the acts
    never checked in one line. None when every act was checked within the year."""
    due = due_for_review(acts, today)
    if not due:
        return None
    never = sorted(act.id for act in acts.values() if act.checked is None and act.status != "unreadable")
    stale = [problem for problem in due if "over a year ago" in problem.message]
    lines = [f"legal review: {len(due)} act(s) of data/legal-acts.yml to check against the official text "
             "(a warning, not an error; the Legal framework page lists them):"]
    lines += [f"  {problem}" for problem in stale]
    if never:
        lines.append(f"  never checked ({len(never)}): {', '.join(never)} — "
                     "after checking on adilet.zan.kz, write 'checked: YYYY-MM-DD'")
    return "\n".join(lines)


@dataclass(frozen=True)
class PageCitations:
    """What one page cites, and how many of its facts it marks as still to be checked."""

    lang: str
    acts: frozenset[str]
    checks: int
    course: str | None


def read_citations(docs_dir: Path) -> dict[str, PageCitations]:
    """Every page's citations, keyed by its path inside docs/ (``ru/courses/lsg2105.md``)."""
    pages = {}
    for path in sorted(Path(docs_dir).rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        lang = relative.split("/")[0]
        if lang not in LANGUAGES:
            continue
        text = read_text(path)
        if text is None:
            continue  # not UTF-8 text: the check of the files reports it
        pages[relative] = page_citations(text, lang)
    return pages


def page_citations(text: str, lang: str) -> PageCitations:
    return PageCitations(lang, frozenset(cited_acts(text)), checks_to_do(text), course_of_page(text))


def courses_citing(pages: Mapping[str, PageCitations]) -> dict[str, list[str]]:
    """Act id → the codes of the courses whose pages cite it (in any language)."""
    found: dict[str, set[str]] = defaultdict(set)
    for page in pages.values():
        if page.course:
            for act in page.acts:
                found[act].add(page.course)
    return {act: sorted(codes) for act, codes in found.items()}


def checks_per_language(pages: Mapping[str, PageCitations]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for page in pages.values():
        totals[page.lang] += page.checks
    return dict(totals)
