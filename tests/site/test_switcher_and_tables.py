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
    """Material's two wrappers, written at build time as a focusable region named for the reader (a screen reader
    announces it; a keyboard scrolls it); tables with a class are left alone, as Material leaves them."""
    html = ('<p>x</p>\n<table>\n<tr><td><TABLE data-x="1"><tr><td>in</td></tr></TABLE></td></tr>\n</table>\n'
            '<table class="own"><tr><td>y</td></tr></table><p>&lt;table&gt; in text</p>')
    region = '<div class="md-typeset__scrollwrap" tabindex="0" role="region" aria-label="Page">'
    assert wrap_tables(html, "Page") == (
        f'<p>x</p>\n{region}<div class="md-typeset__table"><table class="prewrapped">\n'
        f'<tr><td>{region}<div class="md-typeset__table">'
        '<table class="prewrapped" data-x="1"><tr><td>in</td></tr></TABLE></div></div></td></tr>\n</table></div></div>\n'
        '<table class="own"><tr><td>y</td></tr></table><p>&lt;table&gt; in text</p>')
    assert wrap_tables("<p>no tables</p>") == "<p>no tables</p>"
    # The region is named by the heading before it, else by the page.
    assert 'aria-label="Weekly plan"' in wrap_tables("<h2>Weekly plan</h2><table><tr><td>1</td></tr></table>", "Page")
