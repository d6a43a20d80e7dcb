"""Gates on the built site: links and anchors resolve, builds are reproducible, a syllabus prints cleanly."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from conftest import ROOT, build_site
from curriculum.sitecheck import broken_links


def test_every_internal_link_and_anchor_resolves_in_every_language(built_site):
    assert broken_links(built_site) == []


def test_the_crawler_reports_each_broken_link_with_its_page(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="here">x</h2>\n<a href="../b/">b</a>\n<a href="#here">ok</a>\n<a href="#nowhere">bad anchor</a>\n'
        '<a href="../missing/">missing</a>\n<a href="../b/#top">bad anchor there</a>\n<a href="https://adilet.zan.kz/">out</a>\n'
        '<a href="../../../etc/">outside</a>\n<a href="/b/">absolute</a>\n', encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "index.html").write_text('<a href="../a/#here">back</a>', encoding="utf-8")
    assert broken_links(tmp_path) == [
        "a/index.html:4: #nowhere — no element with id 'nowhere'",
        "a/index.html:5: ../missing/ — no such page or file",
        "a/index.html:6: ../b/#top — no element with id 'top'",
        "a/index.html:8: ../../../etc/ — leaves the site",
    ]
    assert broken_links(tmp_path, base_path="/curriculum/")[-1] == "a/index.html:9: /b/ — leaves the site"


def _digest(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.build
def test_two_builds_of_the_same_commit_are_byte_identical(built_site, tmp_path):
    again = tmp_path / "again"
    # Another hash seed: what comes out of a Python set or dict of strings in its own order shows up.
    result = build_site(ROOT / "mkdocs.yml", again, env={"PYTHONHASHSEED": "12345"})
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = _digest(built_site), _digest(again)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


@pytest.mark.browser
@pytest.mark.parametrize("prefix, title, nav_word", [
    ("", "Жергілікті мемлекеттік басқару және өзін-өзі басқару", "Басты бет"),
    ("ru/", "Местное государственное управление и самоуправление", "Главная"),
])
def test_a_course_page_prints_as_a_clean_syllabus(page, site_url, prefix, title, nav_word):
    from pypdf import PdfReader

    page.goto(site_url + f"{prefix}courses/lsg2105/")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-sidebar--secondary', '.md-footer',
        '.md-search'].map(s => document.querySelector(s)).filter(Boolean)
        .map(e => getComputedStyle(e).display)""")
    assert hidden and set(hidden) == {"none"}
    row_break = page.evaluate("getComputedStyle(document.querySelector('.md-typeset tbody tr')).breakInside")
    assert row_break == "avoid"
    after = page.evaluate("""() => { const a = [...document.querySelectorAll('.md-typeset a[href^="http"]')][0];
        return a ? getComputedStyle(a, '::after').content : null; }""")
    assert after is None or "attr(href)" in after or "http" in after
    pdf = page.pdf(format="A4", print_background=False)
    text = " ".join(page_.extract_text() for page_ in PdfReader(io.BytesIO(pdf)).pages)
    assert title.split()[0] in text and "LSG2105" in text
    assert nav_word not in text  # no navigation chrome
    assert "| --- |" not in text


def _config_of(page: Path) -> dict:
    import json
    import re
    text = page.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', text, re.S).group(1))


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_the_glossary_keeps_native_tooltips_and_is_otherwise_configured_as_every_page(built_site, prefix):
    """The glossary's ~1,000 titled links would each mount one of Material's tooltips; its config script is
    a copy of Material's with that one feature left out (overrides/main.html)."""
    # A page as deep as the glossary, so that the relative base URL is the same.
    glossary, course = _config_of(built_site / prefix / "glossary/index.html"), \
        _config_of(built_site / prefix / "programme/index.html")
    assert "content.tooltips" in course["features"]
    assert glossary["features"] == [f for f in course["features"] if f != "content.tooltips"]
    assert {k: v for k, v in glossary.items() if k != "features"} == \
        {k: v for k, v in course.items() if k != "features"}


def test_the_copied_config_block_is_materials_own_but_for_the_tooltips():
    """When Material is upgraded, its config block may change: the copy in overrides/main.html must follow."""
    import re

    import material
    def block(text: str) -> str:
        found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', text, re.S).group(1)
        return re.sub(r"\s+", " ", found).strip()
    theirs = block((Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8"))
    ours = block((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"))
    assert ours == theirs.replace('"features": features,',
                                  '"features": features | reject("equalto", "content.tooltips") | list,')
