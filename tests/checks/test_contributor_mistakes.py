"""Mistakes a lecturer makes in pages and files, as `dev.py check` reports them: each at its path and line, with
what is allowed — before any build. Markers of generated blocks, links and anchors, file kinds and encodings,
and markup that would run as script."""

from __future__ import annotations

import re

import pytest

from curriculum.checks.project import Project
from curriculum.checks.links import block_anchors
from curriculum.checks.markers import GENERATED_BLOCKS
from curriculum.checks.markup import is_script_url
from fixture_project import edit, problems


def page(root, lang="kk", code="gen1101"):
    return root / "docs" / lang / "courses" / f"{code}.md"


def before_topics(root, text, languages=("kk", "ru", "en"), code="gen1101"):
    """Insert ``text`` (and a blank line) before the heading of the section #topics, line 9 of a scaffolded page."""
    for lang in languages:
        path = page(root, lang, code)
        lines = path.read_text(encoding="utf-8").split("\n")
        at = next(i for i, line in enumerate(lines) if "{ #topics }" in line)
        path.write_text("\n".join(lines[:at] + [text, ""] + lines[at:]), encoding="utf-8")


def add_to_every_language(root, old, new, code="gen1101"):
    for lang in ("kk", "ru", "en"):
        edit(page(root, lang, code), old, new)


MARKERS = ", ".join(f"<!-- {name} -->" for name in GENERATED_BLOCKS)


# --- markers of generated blocks ----------------------------------------------------------------


def test_a_mistyped_marker_is_reported_with_the_one_meant(project):
    before_topics(project, "<!-- grading-scale -->")
    edit(page(project, "kk"), "<!-- grading-scale -->", "<!-- grading-scal -->")
    assert problems(project) == sorted([
        f"docs/kk/courses/gen1101.md:9: unknown marker <!-- grading-scal --> — did you mean <!-- grading-scale -->? "
        f"markers are one of: {MARKERS}",
        "docs/ru/courses/gen1101.md:9: the marker <!-- grading-scale --> is not on docs/kk/courses/gen1101.md — every "
        "language shows the same generated blocks: add it there too, or remove it",
        "docs/en/courses/gen1101.md:9: the marker <!-- grading-scale --> is not on docs/kk/courses/gen1101.md — every "
        "language shows the same generated blocks: add it there too, or remove it",
    ])


@pytest.mark.parametrize("written, meant", [
    ("<!-- Grading-Scale -->", "grading-scale"), ("<!-- grading_scale -->", "grading-scale"),
    ("<!-- curriculum:catalog -->", "curriculum:catalogue"), ("<!--glossary-index-->", "glossary:index"),
])
def test_markers_written_in_other_ways_are_caught(project, written, meant):
    before_topics(project, written, ["en"])
    (found,) = problems(project)
    assert found.startswith("docs/en/courses/gen1101.md:9: unknown marker ")
    assert f"did you mean <!-- {meant} -->?" in found


def test_a_note_to_other_authors_is_not_a_marker(project):
    before_topics(project, "<!-- TODO: add the 2026 figures -->", ["en"])
    assert problems(project) == []


def test_a_marker_in_a_sentence_or_twice_or_missing_in_a_language(project):
    before_topics(project, "<!-- grading-scale -->")
    edit(page(project, "en"), "<!-- grading-scale -->", "The scale: <!-- grading-scale -->")
    edit(page(project, "ru"), "<!-- grading-scale -->", "")
    edit(page(project, "kk"), "**Дереккөздер:**", "<!-- grading-scale -->\n\n**Дереккөздер:**")
    assert problems(project) == sorted([
        "docs/en/courses/gen1101.md:9: the marker <!-- grading-scale --> shares its line with other text — put the "
        "marker alone on a line of its own, with blank lines around it",
        "docs/en/courses/gen1101.md: the marker <!-- grading-scale --> is missing — docs/kk/courses/gen1101.md has it: "
        "every language shows the same generated blocks",
        "docs/kk/courses/gen1101.md:19: the marker <!-- grading-scale --> appears again (first at line 9) — each "
        "generated block once on a page",
        "docs/ru/courses/gen1101.md: the marker <!-- grading-scale --> is missing — docs/kk/courses/gen1101.md has it: "
        "every language shows the same generated blocks",
    ])


def test_a_marker_shown_in_code_is_an_example(project):
    before_topics(project, "```text\n<!-- grading-scal -->\n```\n\n`<!-- x:y -->`")
    assert problems(project) == []


def test_a_marker_in_a_code_block_is_not_replaced():
    from curriculum.site.blocks import expand_markers
    page_text = "Example:\n\n```text\n<!-- grading-scale -->\n```\n\n<!-- grading-scale -->\n"
    assert expand_markers(page_text, {"grading-scale": lambda: "TABLE"}) == (
        "Example:\n\n```text\n<!-- grading-scale -->\n```\n\n\nTABLE\n\n")


# --- links and anchors ----------------------------------------------------------------------------


def test_links_to_missing_pages_and_anchors_name_their_line(project):
    before_topics(project, "See [the other course](gel1102.md#aims) and [nothing](gel1103.md).")
    edit(page(project, "ru"), "gel1102.md#aims", "gel1102.md#aim")
    edit(page(project, "en"), "[nothing](gel1103.md)", "[this](#topic) [up](/courses/) [folder](../courses/)")
    edit(page(project, "kk"), "[nothing](gel1103.md).", "[nothing](gel1103.md).\n\n[ref]: ../glossary.md#x")
    assert problems(project) == sorted([
        "docs/en/courses/gen1101.md:9: the link '#topic' names the anchor #topic, which this page does not have — "
        "did you mean #topics? an anchor is the { #id } of a heading of that page",
        "docs/en/courses/gen1101.md:9: the link '/courses/' starts at the server's root, which breaks under the site's "
        "address (…/curriculum/2026/…) — a relative path to a page's .md file (e.g. ../courses/lsg2105.md), or a full "
        "https:// address",
        "docs/en/courses/gen1101.md:9: the link '../courses/' leads to a folder without a page — a relative path to a "
        "page's .md file (e.g. ../courses/lsg2105.md), or a full https:// address",
        "docs/kk/courses/gen1101.md:11: the link '../glossary.md#x' leads to docs/kk/glossary.md, which does not exist "
        "— a relative path to a page's .md file (e.g. ../courses/lsg2105.md), or a full https:// address",
        "docs/kk/courses/gen1101.md:9: the link 'gel1103.md' leads to docs/kk/courses/gel1103.md, which does not exist "
        "— did you mean gel1102.md? a relative path to a page's .md file (e.g. ../courses/lsg2105.md), or a full "
        "https:// address",
        "docs/ru/courses/gen1101.md:9: the link 'gel1102.md#aim' names the anchor #aim, which "
        "docs/ru/courses/gel1102.md does not have — did you mean #aims? an anchor is the { #id } of a heading of that page",
        "docs/ru/courses/gen1101.md:9: the link 'gel1103.md' leads to docs/ru/courses/gel1103.md, which does not exist "
        "— did you mean gel1102.md? a relative path to a page's .md file (e.g. ../courses/lsg2105.md), or a full "
        "https:// address",
    ])


def test_a_link_in_an_html_tag_is_asked_for_in_markdown(project):
    before_topics(project, '<a href="gel1102.md">x</a> <img src="map.png" alt="map"> <a href="#aims">up</a>', ["en"])
    allowed = "write it in Markdown: [words](page.md) or ![description](picture.png)"
    assert problems(project) == [
        f"docs/en/courses/gen1101.md:9: the link '{url}' is written in an HTML tag, which the build does not adjust to "
        f"where the page is published — {allowed}" for url in ("gel1102.md", "map.png")]


def test_anchors_of_headings_html_and_generated_blocks_are_known(project):
    for lang in ("kk", "ru", "en"):
        (project / "docs" / lang / "courses" / "index.md").write_text(
            "# Courses\n\n### A heading without an id\n\n<span id=\"own\"></span>\n\n<!-- curriculum:structure -->\n",
            encoding="utf-8")
    before_topics(project, "[a](index.md#a-heading-without-an-id) [b](index.md#own) [c](index.md#semester-2) "
                           "[d](index.md#standard) [e](#aims) [f](https://example.org/#x) [g](mailto:a@b.kz)")
    assert problems(project) == []
    add_to_every_language(project, "[d](index.md#standard)", "[d](index.md#semester-9)")
    assert [line.split(" — ")[0] for line in problems(project)] == [
        f"docs/{lang}/courses/gen1101.md:9: the link 'index.md#semester-9' names the anchor #semester-9, which "
        f"docs/{lang}/courses/index.md does not have" for lang in ("en", "kk", "ru")]


def test_the_anchors_the_check_expects_are_those_the_blocks_render():
    """The check knows a generated block's ids without rendering it; this holds it to what the site renders."""
    from pathlib import Path
    from curriculum.site.build import check_content, render_blocks, render_glossary

    root = Path(__file__).resolve().parents[2]
    content = check_content(root)
    for name in GENERATED_BLOCKS:
        ids = set()
        for lang in ("kk", "ru", "en"):
            markdown = render_glossary(render_blocks(f"<!-- {name} -->\n", content, lang, "x/"), content, lang, "x/")
            ids |= set(re.findall(r'\bid="([^"]+)"', markdown))
        if name == "contributing:translation-status":
            continue  # rendered by its own hook: a table without ids
        assert ids == block_anchors(name, content.curriculum, content.glossary), name


# --- front matter ----------------------------------------------------------------------------------


def test_front_matter_the_build_would_drop_or_ignore(project):
    edit(page(project, "en"), "course: GEN1101", "course: GEN1101\ncource: GEN1101\ndescription:")
    edit(page(project, "ru"), "course: GEN1101", "course: [GEN1101")
    assert problems(project) == [
        "docs/en/courses/gen1101.md:3: unknown front matter key 'cource' — allowed keys: course, description, source_hash",
        "docs/en/courses/gen1101.md:4: front matter 'description' is empty — 'description:' holds the page's summary "
        "for search engines, as text",
        "docs/ru/courses/gen1101.md:2: course [GEN1101 has no record — add data/courses/[GEN1101.yml, or name an "
        "existing course",
        "docs/ru/courses/gen1101.md:2: front matter: YAML syntax error: expected ',' or ']', but got '<stream end>' — "
        "one 'key: value' per line; quote a value that contains ': ' or starts with a quote",
    ]


# --- files: kinds, places, encodings --------------------------------------------------------------


def test_a_glossary_saved_as_yaml_is_read_and_other_files_are_reported(project):
    glossary = project / "data" / "glossary"
    glossary.mkdir()
    (glossary / "themes.yaml").write_text(
        "- id: akim\n  kk: {term: әкім, definition: Әкім.}\n  ru: {term: аким, definition: Аким.}\n"
        "  en: {term: akim, definition: Akim.}\n", encoding="utf-8")
    (glossary / "notes.txt").write_text("x", encoding="utf-8")
    (glossary / ".themes.yaml.swp").write_bytes(b"\x00editor")
    content, found = Project(project).load_and_check()
    assert "akim" in content.glossary.concepts
    assert [str(p) for p in found] == [
        "data/glossary/notes.txt: not a glossary file — one YAML file per theme in data/glossary/: <theme>.yml, "
        "a list of concepts"]


def test_files_the_site_would_not_read(project):
    (project / "data" / "programme.yml").rename(project / "data" / "programme.yaml")
    (project / "data" / "notes.docx").write_bytes(b"PK")
    (project / "data" / "spelling").mkdir()
    (project / "data" / "spelling" / "kz.txt").write_text("word\n", encoding="utf-8")
    (project / "docs" / "kk" / "courses" / "gen1101.docx").write_bytes(b"PK")
    (project / "docs" / "en" / "courses" / "picture.png").write_bytes(b"\x89PNG")
    (project / "docs" / "de").mkdir()
    (project / "docs" / "assets").mkdir()
    (project / "docs" / "assets" / "readme.md").write_text("# x\n", encoding="utf-8")
    assert problems(project) == sorted([
        "data/notes.docx: a file the site does not read — data/ holds programme.yml, standard.yml, labels.yml, "
        "legal-acts.yml, university.yml, pathway.yml and the folders courses/, glossary/ and spelling/",
        "data/programme.yml: file is missing — restore it from the repository",
        "data/programme.yaml: the site reads data/programme.yml, not programme.yaml — name the file programme.yml",
        "data/spelling/kz.txt: not a word list of the spelling check — data/spelling/ holds kk.txt, ru.txt, en.txt",
        "docs/assets/readme.md: page outside a language folder — put pages in docs/kk/, docs/ru/, docs/en/",
        "docs/de/: 'de' is not a language of the site — pages live in docs/kk/, docs/ru/, docs/en/",
        "docs/kk/courses/gen1101.docx: a .docx file is not part of the site — pages are Markdown files ending in .md; "
        "beside them only images (.png, .jpg, .gif, .webp, .svg) and .pdf documents",
    ])


def test_a_page_saved_in_windows_1251_is_reported_at_the_line_of_its_first_letter_not_read(project):
    text = page(project, "ru").read_text(encoding="utf-8")
    page(project, "ru").write_bytes(text.encode("cp1251"))
    assert problems(project) == [
        "docs/ru/courses/gen1101.md:5: not UTF-8 text: byte 0xD6 cannot be read (the file was saved in another "
        "encoding, such as Windows-1251) — save the file as UTF-8 (in the editor: Save as… → Encoding: UTF-8)"]


def test_a_data_file_saved_in_windows_1251_or_utf16(project):
    record = project / "data" / "courses" / "GEN1101.yml"
    record.write_bytes(record.read_text(encoding="utf-8").encode("cp1251", errors="replace"))  # as Notepad would
    labels = project / "data" / "labels.yml"
    labels.write_bytes(labels.read_text(encoding="utf-8").encode("utf-16"))
    found = problems(project)
    assert found == [
        "data/courses/GEN1101.yml:2: not UTF-8 text: byte 0xC6 cannot be read (the file was saved in another "
        "encoding, such as Windows-1251) — save the file as UTF-8 (in the editor: Save as… → Encoding: UTF-8)",
        "data/labels.yml:1: not UTF-8 text: saved as UTF-16 ('Unicode') — save the file as UTF-8 (in the editor: "
        "Save as… → Encoding: UTF-8)"]


def test_a_byte_order_mark_is_reported_once_and_nothing_else_misreads_the_file(project):
    for path in (page(project, "en"), project / "data" / "courses" / "GEN1101.yml"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems(project) == [
        "data/courses/GEN1101.yml:1: the file starts with a byte-order mark (BOM) — save it as UTF-8 without BOM "
        "(in Notepad: 'UTF-8', not 'UTF-8 with BOM')",
        "docs/en/courses/gen1101.md:1: the file starts with a byte-order mark (BOM) — save it as UTF-8 without BOM "
        "(in Notepad: 'UTF-8', not 'UTF-8 with BOM')"]


# --- nothing a contributor writes runs as script -----------------------------------------------------


@pytest.mark.parametrize("written, message", [
    ("<script>alert(1)</script>", "a <script> element — pages hold text and Markdown; the site's scripts are its "
                                  "own files in docs/assets/ (ask a maintainer)"),
    ("<SCRIPT src=x.js></SCRIPT>", "a <script> element — pages hold text and Markdown; the site's scripts are its "
                                   "own files in docs/assets/ (ask a maintainer)"),
    ('<img src="x.png" onerror="alert(1)">', "an event handler attribute 'onerror' — no on… attributes: pages hold "
                                             "text and Markdown; the site's scripts are its own files in docs/assets/ "
                                             "(ask a maintainer)"),
    ("A paragraph.\n{: onclick=\"alert(1)\" }", "an event handler attribute 'onclick' — no on… attributes: pages hold "
                                               "text and Markdown; the site's scripts are its own files in docs/assets/ "
                                               "(ask a maintainer)"),
    ("[click](javascript:alert(1))", "a 'javascript:' link, which would run script — links lead to pages (.md), "
                                     "files beside them, or https:// addresses"),
    ("[click](JaVa&#x53;cript:alert(1))", "a 'java&#x53;cript:' link, which would run script — links lead to pages "
                                          "(.md), files beside them, or https:// addresses"),
    ('<a href=" javascript:alert(1)">x</a>', "a 'javascript:' link, which would run script — links lead to pages "
                                             "(.md), files beside them, or https:// addresses"),
    ("[x]: javascript:alert(1)", "a 'javascript:' link, which would run script — links lead to pages (.md), files "
                                 "beside them, or https:// addresses"),
    ('<iframe src="https://example.org"></iframe>', "a <iframe> element — pages hold text, links and images; no "
                                                    "element that embeds another document, sends a form or changes the "
                                                    "page's head or styles"),
    ('<span style="color: red">x</span>', "an inline style attribute — the site's security policy blocks inline "
                                          "styles; ask a maintainer for a class in docs/assets/site.css"),
])
def test_markup_that_would_run_as_script_is_rejected_at_its_line(project, written, message):
    edit(page(project, "en"), "Write this section in English.", f"Write this section in English.\n\n{written}", )
    found = [line for line in problems(project) if "gen1101" in line]
    assert found[0] == f"docs/en/courses/gen1101.md:{9 if chr(10) not in written else 10}: {message}", found


def test_markup_in_code_is_an_example_and_plain_words_are_prose(project):
    edit(page(project, "en"), "Write this section in English.",
         "Never write `<script>` or `onclick=` in a page.\n\n```html\n<script>alert(1)</script>\n```\n\n"
         "The onboarding = 2 weeks; the javascript course; a style guide.")
    assert problems(project) == []


def test_an_svg_beside_the_pages_may_not_carry_script(project):
    (project / "docs" / "en" / "courses" / "map.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" style="fill:red">\n<rect onload="alert(1)"/>\n<script>x</script>\n'
        '</svg>\n', encoding="utf-8")
    assert problems(project) == [
        "docs/en/courses/map.svg:2: an event handler attribute 'onload' — no on… attributes: pages hold text and "
        "Markdown; the site's scripts are its own files in docs/assets/ (ask a maintainer)",
        "docs/en/courses/map.svg:3: a <script> element — pages hold text and Markdown; the site's scripts are its own "
        "files in docs/assets/ (ask a maintainer)"]


def test_script_urls_in_every_disguise():
    for url in ("javascript:x", " JAVASCRIPT:x", "java\tscript:x", "jav&#x61;script:x", "&#106;avascript:x",
                "vbscript:x", "data:text/html;base64,xx", "\x01javascript:x"):
        assert is_script_url(url), url
    for url in ("https://example.org/javascript:", "../courses/x.md", "#javascript", "mailto:a@b.kz"):
        assert not is_script_url(url), url


def test_the_check_knows_every_marker_the_site_renders_and_no_other():
    """The check's list of markers and the renderers of the site are one list: a new block is not 'unknown'."""
    from curriculum.site.blocks import CURRICULUM_BLOCKS

    rendered = {*CURRICULUM_BLOCKS, "curriculum:how-to-cite", "legal:framework", "glossary:index",
                "contributing:translation-status"}
    assert set(GENERATED_BLOCKS) == rendered
