"""A Python-Markdown extension that links glossary terms in running text.

It works on the element tree after inline parsing, so raw HTML (stashed by Python-Markdown until the
very end) is never touched, and it skips headings, code, existing links and abbreviations. Each concept
is linked at its first occurrence on a page, with its definition as the link's title (Material shows it
as a tooltip). The page being rendered is set by the hook through :class:`TermLinkContext`.

It runs after MkDocs has resolved the page's own links and writes each link's final URL itself: handing
MkDocs thousands of ``glossary/index.md#…`` links to resolve one by one (and mkdocs-static-i18n to look
each up) cost more than finding the terms. The target is the glossary page's File, so the URL is the one
MkDocs would have written; the link crawler in the tests checks every anchor.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from curriculum.glossary.termbase import Glossary
from curriculum.glossary.termlinks import TermIndex

SKIPPED_TAGS = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "svg", "button", "select", "option",
                "textarea", "label", "h1", "h2", "h3", "h4", "h5", "h6", "title"}


@dataclass
class PageTerms:
    index: TermIndex
    glossary: Glossary
    lang: str
    glossary_url: str  # from this page to the glossary page, as served, e.g. "../../glossary/"
    record: Callable[[str], None] | None = None  # told each concept the page links (for "used in")


class TermLinkContext:
    """What the page being rendered needs; None when the page gets no links."""

    def __init__(self):
        self.current: PageTerms | None = None


def glossary_source(lang: str) -> str:
    """The glossary page's source path in MkDocs' files, for one language."""
    return posixpath.join(lang, "glossary", "index.md")


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
            anchor = etree.Element("a", {"href": f"{page.glossary_url}#{concept.id}", "class": "glossary-term",
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
        # After inline parsing (20) and after MkDocs' own link resolution ("relpath", 0): the links are final.
        md.treeprocessors.register(_TermLinker(md, self.context), "glossary_terms", -10)
