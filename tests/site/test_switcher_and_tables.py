"""Unit tests of the header switcher's links and the build-time table wrapping."""

from __future__ import annotations

from curriculum.languages import home_url
from curriculum.site.switcher import alternate_links
from curriculum.site.tables import wrap_tables


def test_switcher_links_are_relative_to_the_site_root_and_keep_the_page():
    links = alternate_links({"kk": "courses/x/", "ru": "ru/courses/x/", "en": "en/courses/x/"})
    assert [(a.lang, a.link) for a in links] == [("kk", "courses/x/"), ("ru", "ru/courses/x/"), ("en", "en/courses/x/")]
    assert [a.name for a in links] == ["Қазақша", "Русский", "English"]


def test_switcher_falls_back_to_the_language_home_when_a_page_is_missing():
    links = alternate_links({"kk": "courses/x/"})
    assert [a.link for a in links] == ["courses/x/", "ru/", "en/"]
    assert home_url("kk") == ""


def test_tables_without_a_class_are_wrapped_as_materials_script_would_and_others_left_alone():
    html = ('<p>x</p>\n<table>\n<tr><td><TABLE data-x="1"><tr><td>in</td></tr></TABLE></td></tr>\n</table>\n'
            '<table class="own"><tr><td>y</td></tr></table><p>&lt;table&gt; in text</p>')
    assert wrap_tables(html) == (
        '<p>x</p>\n<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table class="prewrapped">\n'
        '<tr><td><div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        '<table class="prewrapped" data-x="1"><tr><td>in</td></tr></TABLE></div></div></td></tr>\n</table></div></div>\n'
        '<table class="own"><tr><td>y</td></tr></table><p>&lt;table&gt; in text</p>')
    assert wrap_tables("<p>no tables</p>") == "<p>no tables</p>"
