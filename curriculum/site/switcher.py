"""Links of the header language switcher.

Every link is relative to the site root and is made relative to the page by the template's ``url``
filter, so the switcher keeps working under a sub-path (/curriculum/) or a version (/2025/).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from curriculum.languages import LANGUAGE_NAMES, LANGUAGES, home_url


@dataclass(frozen=True)
class Alternate:
    lang: str
    name: str
    link: str

    def as_dict(self) -> dict[str, str]:
        return {"lang": self.lang, "name": self.name, "link": self.link}


def alternate_links(urls_by_language: Mapping[str, str]) -> list[Alternate]:
    """One link per language to the same page; a language without the page links to its home."""
    return [
        Alternate(lang, LANGUAGE_NAMES[lang], urls_by_language.get(lang, home_url(lang)))
        for lang in LANGUAGES
    ]


def set_switcher_links(extra, urls_by_language: Mapping[str, str]) -> None:
    """Give the header's switcher its links (``config.extra``). mkdocs-static-i18n sets them both as an item
    and as an attribute, which Jinja reads first, so both are replaced."""
    links = [link.as_dict() for link in alternate_links(urls_by_language)]
    extra["alternate"] = links
    extra.alternate = links
