"""Unit tests of the translation checks and the slugs of Kazakh and Russian headings."""

from __future__ import annotations

from pathlib import Path

import pymdownx.slugs

from curriculum.language.translations import missing_translations


def write(root: Path, relative: str, text: str = "# x\n") -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_unicode_slugs_keep_cyrillic_and_kazakh_letters():
    slugify = pymdownx.slugs.slugify(case="lower")
    assert slugify("Әкімдіктің құрылымы", "-") == "әкімдіктің-құрылымы"
    assert slugify("Оценивание", "-") == "оценивание"


def test_missing_translation_names_the_missing_file_and_where_it_exists(tmp_path):
    for lang in ("kk", "ru", "en"):
        write(tmp_path, f"{lang}/index.md")
    write(tmp_path, "kk/courses/a.md")
    write(tmp_path, "ru/courses/a.md")
    problems = missing_translations(tmp_path)
    assert [str(p) for p in problems] == [
        "docs/en/courses/a.md: missing translation (the page exists in docs/kk/courses/a.md, docs/ru/courses/a.md)"
        " — every page exists in kk, ru, en under the same name"
    ]


def test_page_outside_a_language_folder_is_reported(tmp_path):
    for lang in ("kk", "ru", "en"):
        write(tmp_path, f"{lang}/index.md")
    write(tmp_path, "stray.md")
    assert [p.message for p in missing_translations(tmp_path)] == ["page outside a language folder"]
