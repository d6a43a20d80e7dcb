"""Tables wrapped at build time the way Material's script wraps them in the browser, as named scroll regions.

Material's script puts every ``table:not([class])`` of a page into two ``div``s (the one that scrolls
sideways on a phone, and one for the padding) when the page loads. Replacing those elements makes the
browser lay the whole page out again: on a course page with six tables, a throttled phone spent about a
quarter of its blocked main thread there. Here the HTML already has the wrappers, and each table a class
(:data:`WRAPPED`) so that the script leaves it alone; ``assets/site.css`` gives that class Material's
table rules.

A wrapper that scrolls sideways must be reachable from the keyboard (WCAG 2.1.1; axe:
scrollable-region-focusable), so each one is built as a focusable region named after the table's caption or
the heading above it. Whether it scrolls depends on the reader's screen: ``assets/scroll-regions.js`` takes the
wrappers that do not out of the tab order once it has measured them, and nothing depends on the script to be
reachable.
"""

from __future__ import annotations

import re
from html import escape, unescape

WRAPPED = "prewrapped"
SCROLL_WRAPPER_END = "</div></div>"

_TABLE_TAG = re.compile(r"<table(?P<attributes>\s[^>]*)?>|</table\s*>", re.IGNORECASE)
_CLASS_ATTRIBUTE = re.compile(r"\sclass\s*=", re.IGNORECASE)
_HEADING = re.compile(r"<h[1-6][^>]*>(?P<text>.*?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)
_CAPTION = re.compile(r"\s*<caption[^>]*>(?P<text>.*?)</caption\s*>", re.IGNORECASE | re.DOTALL)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def scroll_wrapper(name: str) -> str:
    return (f'<div class="md-typeset__scrollwrap" tabindex="0" role="region" aria-label="{escape(name)}">'
            '<div class="md-typeset__table">')


def wrap_tables(html: str, page_title: str = "") -> str:
    """Every table without a class, wrapped and given :data:`WRAPPED`; tables with a class are left alone
    (Material leaves them alone too). Nested tables are followed tag by tag."""
    pieces: list[str] = []
    open_tables: list[bool] = []  # for each table being read: was it wrapped?
    position = 0
    for tag in _TABLE_TAG.finditer(html):
        pieces.append(html[position:tag.start()])
        position = tag.end()
        if tag.group(0).startswith("</"):
            pieces.append(tag.group(0))
            if open_tables and open_tables.pop():
                pieces.append(SCROLL_WRAPPER_END)
            continue
        attributes = tag.group("attributes") or ""
        wrapped = not _CLASS_ATTRIBUTE.search(attributes)
        open_tables.append(wrapped)
        if wrapped:
            name = _region_name(html, tag.start(), tag.end(), page_title)
            pieces.append(f'{scroll_wrapper(name)}<table class="{WRAPPED}"{attributes}>')
        else:
            pieces.append(tag.group(0))
    pieces.append(html[position:])
    return "".join(pieces)


def _region_name(html: str, start: int, end: int, page_title: str) -> str:
    """The table's caption, else the text of the last heading before it, else the page's title."""
    caption = _CAPTION.match(html, end)
    if caption:
        return _text(caption["text"])
    headings = list(_HEADING.finditer(html, 0, start))
    if headings:
        return _text(headings[-1]["text"])
    return page_title


def _text(fragment: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", _HEADERLINK.sub("", fragment))).split())
