"""Section anchors that other pages and later tools rely on: every H2 carries an explicit id
(``## Бағалау { #assessment }``) and a page has the same ids, in the same order, in every language."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from curriculum.checks.parallel import differences
from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem
from curriculum.model.sources import read_text

_H2 = re.compile(r"^##\s+(?P<text>.*?)\s*$")
_EXPLICIT_ID = re.compile(r"\{\s*[^}]*#(?P<id>[A-Za-z0-9_-]+)[^}]*\}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def section_ids(markdown: str) -> list[tuple[int, str | None, str]]:
    """(line, explicit id or None, heading text) of every H2 outside code fences."""
    return list(_section_ids(markdown))


@functools.lru_cache(maxsize=1024)  # by text: the checks after a save read the same pages again
def _section_ids(markdown: str) -> tuple[tuple[int, str | None, str], ...]:
    sections, in_fence = [], False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _H2.match(line)
        if match:
            explicit = _EXPLICIT_ID.search(match["text"])
            sections.append((number, explicit["id"] if explicit else None, match["text"]))
    return tuple(sections)


def anchor_problems(docs_dir: Path, shown_root: str = "docs") -> list[Problem]:
    problems = []
    pages = sorted({p.relative_to(docs_dir / lang).as_posix()
                    for lang in LANGUAGES for p in (docs_dir / lang).rglob("*.md")})
    for page in pages:
        ids_by_language = {}
        for lang in LANGUAGES:
            path = docs_dir / lang / page
            if not path.exists():
                continue  # reported by the translation check
            shown = f"{shown_root}/{lang}/{page}"
            text = read_text(path)
            if text is None:
                continue  # not UTF-8 text: the check of the files reports it
            sections = section_ids(text)
            for line, anchor, text in sections:
                if anchor is None:
                    problems.append(Problem(
                        shown, line, f"heading «{text}» has no explicit id",
                        "end every ## heading with an id shared by all languages, e.g. ## Бағалау { #assessment }"))
            ids_by_language[lang] = (shown, [(line, anchor) for line, anchor, _ in sections if anchor])
        problems += _compare_ids(ids_by_language)
    return problems


def _compare_ids(ids_by_language: dict) -> list[Problem]:
    problems = []
    for d in differences(ids_by_language):
        ids = ", ".join("#" + a for a in d.reference)
        for anchor in d.missing:
            problems.append(Problem(d.shown, None, f"section id #{anchor} is missing",
                                    f"use the same section ids as {d.reference_shown}: {ids}"))
        for line, anchor in d.extra:
            problems.append(Problem(d.shown, line, f"section id #{anchor} does not exist in {d.reference_shown}",
                                    f"use the same section ids as {d.reference_shown}: {ids}"))
        if not d.missing and not d.extra:
            problems.append(Problem(d.shown, None, "section ids are in a different order",
                                    f"keep the order of {d.reference_shown}: {ids}"))
    return problems
