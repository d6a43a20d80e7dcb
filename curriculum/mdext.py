"""A Python-Markdown extension that links glossary terms in running text.

It works on the element tree after inline parsing, so raw HTML (stashed by Python-Markdown until the
very end) is never touched, and it skips headings, code, existing links and abbreviations. Each concept
is linked at its first occurrence on a page, with its definition as the link's title (Material shows it
as a tooltip). The page being rendered is set by the hook through :class:`TermLinkContext`.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from curriculum.glossary import Glossary
from curriculum.termlinks import TermIndex

SKIPPED_TAGS = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "svg", "button", "select", "option",
                "textarea", "label", "h1", "h2", "h3", "h4", "h5", "h6", "title"}


@dataclass
class PageTerms:
    index: TermIndex
    glossary: Glossary
    lang: str
    glossary_href: str  # from this page to the glossary page's source, e.g. "../glossary/index.md"
    record: Callable[[str], None] | None = None  # told each concept the page links (for "used in")


class TermLinkContext:
    """What the page being rendered needs; None when the page gets no links."""

    def __init__(self):
        self.current: PageTerms | None = None


def glossary_href(page_src_uri: str, lang: str) -> str:
    """A link MkDocs resolves and validates: from the page's source file to the glossary's."""
    return posixpath.relpath(f"{lang}/glossary/index.md", posixpath.dirname(page_src_uri) or ".")


class _TermLinker(Treeprocessor):
    def __init__(self, md, context: TermLinkContext):
        super().__init__(md)
        self.context = context

    def run(self, root):
        page = self.context.current
        if page is not None:
            self._walk(root, page, set())

    def _walk(self, element, page: PageTerms, seen: set[str]) -> None:
        if element.tag in SKIPPED_TAGS:
            return
        if element.text:
            element.text, anchors = self._link(element.text, page, seen)
            for position, anchor in enumerate(anchors):
                element.insert(position, anchor)
        position = 0
        while position < len(element):
            child = element[position]
            self._walk(child, page, seen)
            position += 1
            if child.tail:
                child.tail, anchors = self._link(child.tail, page, seen)
                for anchor in anchors:
                    element.insert(position, anchor)
                    position += 1

    def _link(self, text: str, page: PageTerms, seen: set[str]) -> tuple[str, list]:
        matches = []
        for match in page.index.find(text, exclude=seen):
            if match.concept not in seen:
                seen.add(match.concept)
                matches.append(match)
                if page.record:
                    page.record(match.concept)
        if not matches:
            return text, []
        anchors, before, cursor = [], text[:matches[0].start], 0
        for number, match in enumerate(matches):
            concept = page.glossary.concepts[match.concept]
            anchor = etree.Element("a", {"href": f"{page.glossary_href}#{concept.id}", "class": "glossary-term",
                                         "title": concept.terms[page.lang].definition})
            anchor.text = text[match.start:match.end]
            following = matches[number + 1].start if number + 1 < len(matches) else len(text)
            anchor.tail = text[match.end:following]
            anchors.append(anchor)
        return before, anchors


class TermLinkExtension(Extension):
    def __init__(self, context: TermLinkContext, **kwargs):
        self.context = context
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # After inline parsing (20), before attribute lists (8) and the table of contents (5).
        md.treeprocessors.register(_TermLinker(md, self.context), "glossary_terms", 12)
