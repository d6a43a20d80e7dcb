"""Tables wrapped at build time as named, focusable scroll regions (curriculum/site/tables.py)."""

from __future__ import annotations

import re

from curriculum.site.tables import wrap_tables


def _regions(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<div class="md-typeset__scrollwrap" tabindex="(0)" role="(region)" aria-label="([^"]*)">', html)


def test_a_region_is_named_after_the_caption_else_the_heading_above_else_the_page():
    html = ('<table><tr><td>1</td></tr></table>'
            '<h2 id="plan">Weekly <em>plan</em><a class="headerlink" href="#plan" title="Permanent link">¶</a></h2>'
            '<p>text</p><table><tr><td>2</td></tr></table>'
            '<table>\n<caption>Grades &amp; points</caption><tr><td>3</td></tr></table>')
    assert [name for _, _, name in _regions(wrap_tables(html, "LSG2105 <Local>"))] == [
        "LSG2105 &lt;Local&gt;", "Weekly plan", "Grades &amp; points"]


def test_tables_with_a_class_are_left_alone_and_nested_ones_closed_in_order():
    html = '<table class="key-facts"><tr><td><table><tr><td>x</td></tr></table></td></tr></table>'
    wrapped = wrap_tables(html, "Page")
    assert wrapped.startswith('<table class="key-facts">')
    assert wrapped.count('<div class="md-typeset__scrollwrap"') == 1
    assert wrapped.endswith("</table></div></div></td></tr></table>")
