"""The site's languages, in build order: the default (Kazakh, the state language) comes first."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def home_url(language: str) -> str:
    """The language's home page, relative to the site root ("" is the root itself)."""
    return "" if language == DEFAULT_LANGUAGE else f"{language}/"


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; the site has {', '.join(LANGUAGES)}")
    return language
