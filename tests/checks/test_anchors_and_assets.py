"""Unit tests of the section-anchor check and of finding assets from other hosts."""

from __future__ import annotations

from pathlib import Path

from curriculum.checks.anchors import anchor_problems, section_ids
from curriculum.checks.sitecheck import external_assets_in_html, external_urls_in_css


def write(root: Path, relative: str, text: str = "# x\n") -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


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
