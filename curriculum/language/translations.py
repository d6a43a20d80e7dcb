"""Every page exists in every language: docs/<lang>/<same path>.md."""

from __future__ import annotations

from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem

# Files outside docs/<lang>/ that belong to no language (shared assets).
SHARED_FOLDERS = ("assets",)


def pages_by_language(docs_dir: Path) -> dict[str, set[str]]:
    return {
        lang: {p.relative_to(docs_dir / lang).as_posix() for p in (docs_dir / lang).rglob("*.md")}
        for lang in LANGUAGES
    }


def missing_translations(docs_dir: Path, shown_root: str = "docs") -> list[Problem]:
    pages = pages_by_language(docs_dir)
    every_page = set().union(*pages.values())
    problems = []
    for page in sorted(every_page):
        present = [lang for lang in LANGUAGES if page in pages[lang]]
        for lang in LANGUAGES:
            if page not in pages[lang]:
                problems.append(Problem(
                    f"{shown_root}/{lang}/{page}", None,
                    f"missing translation (the page exists in {', '.join(f'{shown_root}/{l}/{page}' for l in present)})",
                    f"every page exists in {', '.join(LANGUAGES)} under the same name",
                ))
    for stray in sorted(docs_dir.glob("*.md")):
        problems.append(Problem(
            f"{shown_root}/{stray.name}", None, "page outside a language folder",
            f"put pages in {', '.join(f'{shown_root}/{l}/' for l in LANGUAGES)}",
        ))
    return problems
