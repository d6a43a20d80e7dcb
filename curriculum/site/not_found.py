"""The "page not found" page: one page for the whole site, in the three languages.

GitHub Pages serves a single 404.html for any wrong address, whatever language the reader was in, and
mkdocs-static-i18n renders the theme's 404 template once per language build into the same file (the
last build, English, won). So the page carries all three languages, Kazakh first, and only the default
language's build writes it: the others render it empty, which MkDocs skips.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass

from curriculum.languages import DEFAULT_LANGUAGE, LANGUAGES, home_url

LINKS = (("home", ""), ("catalogue", "courses/"), ("glossary", "glossary/"))


@dataclass(frozen=True)
class Section:
    lang: str
    title: str
    text: str
    links: tuple[tuple[str, str], ...]  # (words, path from the site root) — the template makes them absolute


def not_found_sections(build_lang: str, labels: Mapping) -> list[dict] | None:
    """The page's sections, one per language, default language first; None for another language's build."""
    if build_lang != DEFAULT_LANGUAGE:
        return None
    words = labels["not_found"]
    return [asdict(Section(lang=lang, title=words["title"][lang], text=words["text"][lang],
                           links=tuple((words[key][lang], home_url(lang) + path) for key, path in LINKS)))
            for lang in LANGUAGES]
