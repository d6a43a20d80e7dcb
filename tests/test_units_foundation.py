"""Unit tests of the foundation's core functions (no MkDocs build)."""

from __future__ import annotations

from pathlib import Path

import pymdownx.slugs
import pytest

from curriculum.anchors import anchor_problems, section_ids
from curriculum.languages import home_url
from curriculum.problems import Problem, ProblemsFound, format_problems
from curriculum.sitecheck import external_assets_in_html, external_urls_in_css
from curriculum.switcher import alternate_links
from curriculum.tables import wrap_tables
from curriculum.translations import missing_translations
from curriculum.yamlsource import load_yaml


def write(root: Path, relative: str, text: str = "# x\n") -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_switcher_links_are_relative_to_the_site_root_and_keep_the_page():
    links = alternate_links({"kk": "courses/x/", "ru": "ru/courses/x/", "en": "en/courses/x/"})
    assert [(a.lang, a.link) for a in links] == [("kk", "courses/x/"), ("ru", "ru/courses/x/"), ("en", "en/courses/x/")]
    assert [a.name for a in links] == ["Қазақша", "Русский", "English"]


def test_switcher_falls_back_to_the_language_home_when_a_page_is_missing():
    links = alternate_links({"kk": "courses/x/"})
    assert [a.link for a in links] == ["courses/x/", "ru/", "en/"]
    assert home_url("kk") == ""


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


def test_section_ids_skip_code_fences_and_read_explicit_ids():
    text = "## Aims { #aims }\n```\n## not a heading\n```\n## Plain\n"
    assert section_ids(text) == [(1, "aims", "Aims { #aims }"), (5, None, "Plain")]


def test_anchor_problems_report_missing_ids_and_mismatches_with_lines(tmp_path):
    write(tmp_path, "kk/p.md", "# P\n\n## Мақсаты { #aims }\n\n## Бағалау { #assessment }\n")
    write(tmp_path, "ru/p.md", "# P\n\n## Цели { #aims }\n\n## Оценивание\n")
    write(tmp_path, "en/p.md", "# P\n\n## Aims { #aims }\n\n## Assessment { #grading }\n")
    assert sorted(str(p) for p in anchor_problems(tmp_path)) == [
        "docs/en/p.md: section id #assessment is missing — use the same section ids as docs/kk/p.md: #aims, #assessment",
        "docs/en/p.md:5: section id #grading does not exist in docs/kk/p.md"
        " — use the same section ids as docs/kk/p.md: #aims, #assessment",
        "docs/ru/p.md: section id #assessment is missing — use the same section ids as docs/kk/p.md: #aims, #assessment",
        "docs/ru/p.md:5: heading «Оценивание» has no explicit id"
        " — end every ## heading with an id shared by all languages, e.g. ## Бағалау { #assessment }",
    ]


def test_problems_are_reported_sorted_once_each():
    problems = [Problem("b.yml", 3, "x", "y"), Problem("a.yml", 10, "z"), Problem("a.yml", 2, "w", "v"),
                Problem("a.yml", 2, "w", "v")]
    assert format_problems(problems).splitlines() == [
        "3 problems found:", "a.yml:2: w — v", "a.yml:10: z", "b.yml:3: x — y"]
    with pytest.raises(ProblemsFound) as raised:
        raise ProblemsFound(problems)
    assert len(raised.value.problems) == 3


def test_yaml_keeps_line_numbers_and_reports_syntax_errors(tmp_path):
    good = tmp_path / "good.yml"
    good.write_text("code: A1\nlist:\n  - one\n  - two\ndate: 2021-06-30\nen: no\nchecked: false\n", encoding="utf-8")
    data, problems = load_yaml(good, "data/good.yml")
    assert problems == []
    assert data["en"] == "no" and data["checked"] is False  # only true/false are booleans
    assert data.line_of("list") == 2 and data["list"].line_of(1) == 4
    assert data["date"] == "2021-06-30"
    bad = tmp_path / "bad.yml"
    bad.write_text("code: A1\ntitle: [unclosed\n", encoding="utf-8")
    data, problems = load_yaml(bad, "data/bad.yml")
    assert data is None and problems[0].path == "data/bad.yml" and problems[0].line is not None
    duplicate = tmp_path / "dup.yml"
    duplicate.write_text("code: A1\ncode: A2\n", encoding="utf-8")
    _, problems = load_yaml(duplicate, "data/dup.yml")
    assert "duplicate key 'code'" in problems[0].message and problems[0].line == 2


def test_external_assets_are_found_but_outgoing_links_are_not():
    html = """<html><head>
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
<link rel="preconnect" href="https://fonts.gstatic.com">
<link rel="canonical" href="https://example.org/page/">
<script src="assets/local.js"></script>
<style>@import "//cdn.example.com/x.css"; body{background:url(img/a.png)}</style>
</head><body><a href="https://adilet.zan.kz/">law</a><img src="https://cdn.example.com/i.png"></body></html>"""
    assert [url for _, url in external_assets_in_html(html)] == [
        "https://fonts.googleapis.com/css?family=Roboto", "https://fonts.gstatic.com",
        "//cdn.example.com/x.css", "https://cdn.example.com/i.png"]
    assert external_urls_in_css("a{background:url('https://x.org/a.png')} b{background:url(b.png)}") == [
        "https://x.org/a.png"]


def test_tables_without_a_class_are_wrapped_as_materials_script_would_and_others_left_alone():
    html = ('<p>x</p>\n<table>\n<tr><td><TABLE data-x="1"><tr><td>in</td></tr></TABLE></td></tr>\n</table>\n'
            '<table class="own"><tr><td>y</td></tr></table><p>&lt;table&gt; in text</p>')
    assert wrap_tables(html) == (
        '<p>x</p>\n<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table class="prewrapped">\n'
        '<tr><td><div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        '<table class="prewrapped" data-x="1"><tr><td>in</td></tr></TABLE></div></div></td></tr>\n</table></div></div>\n'
        '<table class="own"><tr><td>y</td></tr></table><p>&lt;table&gt; in text</p>')
    assert wrap_tables("<p>no tables</p>") == "<p>no tables</p>"
