"""Tables wrapped at build time the way Material's script wraps them in the browser.

Material's script puts every ``table:not([class])`` of a page into two ``div``s (the one that scrolls
sideways on a phone, and one for the padding) when the page loads. Replacing those elements makes the
browser lay the whole page out again: on a course page with six tables, a throttled phone spent about a
quarter of its blocked main thread there. Here the HTML already has the wrappers, and each table a class
(:data:`WRAPPED`) so that the script leaves it alone; ``assets/site.css`` gives that class Material's
table rules.
"""

from __future__ import annotations

import re

WRAPPED = "prewrapped"
SCROLL_WRAPPER = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
SCROLL_WRAPPER_END = "</div></div>"

_TABLE_TAG = re.compile(r"<table(?P<attributes>\s[^>]*)?>|</table\s*>", re.IGNORECASE)
_CLASS_ATTRIBUTE = re.compile(r"\sclass\s*=", re.IGNORECASE)


def wrap_tables(html: str) -> str:
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
        pieces.append(f'{SCROLL_WRAPPER}<table class="{WRAPPED}"{attributes}>' if wrapped else tag.group(0))
    pieces.append(html[position:])
    return "".join(pieces)
