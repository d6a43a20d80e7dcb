"""overrides/partials/languages/kk.html translates every Material UI string, and into Kazakh."""

from __future__ import annotations

import re
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parents[2]
KAZAKH = ROOT / "overrides" / "partials" / "languages" / "kk.html"
ENGLISH = Path(material.__file__).parent / "templates" / "partials" / "languages" / "en.html"
NOT_PROSE = {"language", "direction", "search.config.lang", "search.config.pipeline", "search.config.separator",
             "rss.created"}
KAZAKH_LETTERS = set("әғқңөұүһі")


def strings(path: Path) -> dict[str, str]:
    return dict(re.findall(r'^\s*"([\w.]+)":\s*"(.*)",?\s*$', path.read_text(encoding="utf-8"), re.MULTILINE))


def test_every_material_string_has_a_kazakh_translation():
    missing = sorted(set(strings(ENGLISH)) - set(strings(KAZAKH)))
    assert missing == []


def test_kazakh_strings_are_not_english_fallbacks():
    english, kazakh = strings(ENGLISH), strings(KAZAKH)
    untranslated = [key for key in english if key not in NOT_PROSE and kazakh.get(key) == english[key]]
    assert untranslated == []
    assert all(re.search("[а-яәғқңөұүһі]", kazakh[key], re.IGNORECASE) or key in NOT_PROSE for key in kazakh)


def test_kazakh_strings_use_kazakh_letters_where_words_need_them():
    kazakh = strings(KAZAKH)
    assert kazakh["language"] == "kk"
    written_with_kazakh_letters = [key for key, text in kazakh.items() if KAZAKH_LETTERS & set(text.lower())]
    assert len(written_with_kazakh_letters) >= 30
