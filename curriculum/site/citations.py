"""Legal citations rendered in the page's language: a Python-Markdown inline pattern turns the markers of
``curriculum.legal.citations`` into elements, so that the glossary linker never links a word inside an act's
title and every value from the register enters the page escaped (ElementTree escapes text and attributes).

    [[act:id]]           <span class="act"><a href="…adilet…">Title</a>, date, No. …</span>
    [[act:id|words]]     <a class="act" href="…" title="Title, date, No. …">words</a>
    [[history:id…]]      the same with the class "historical" and a note that it is no longer in force
    [[check]]            <span class="to-check">(to be checked)</span>

The hook sets the page being rendered on a :class:`CitationContext`, as for term links.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Mapping
from dataclasses import dataclass

from markdown import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

from curriculum.legal.citations import MARKER, parse_marker
from curriculum.legal.wording import Label, adilet_url, full_citation, status_note
from curriculum.model.records import LegalAct


@dataclass
class PageCitations:
    acts: Mapping[str, LegalAct]
    lang: str
    label: Label


class CitationContext:
    """The page being rendered; None outside a page (markers then stay as written)."""

    def __init__(self):
        self.current: PageCitations | None = None


def citation_element(kind: str, act: LegalAct | None, words: str | None, page: PageCitations) -> etree.Element:
    lang, label = page.lang, page.label
    if kind == "check":
        note = etree.Element("span", {"class": "to-check"})
        note.text = AtomicString(f"({label('to_check', lang)})")
        return note
    classes = "act historical" if kind == "history" else "act"
    url = adilet_url(act, lang)
    citation = full_citation(act, lang, label)
    note = status_note(act, lang, label)
    if words is not None:
        link = etree.Element("a" if url else "span", {"class": classes, "data-act": act.id,
                                                      "title": f"{citation} ({note})" if note else citation})
        if url:
            link.set("href", url)
        link.text = AtomicString(words)
        return link
    wrapper = etree.Element("span", {"class": classes, "data-act": act.id})
    title = etree.SubElement(wrapper, "a" if url else "cite", {"href": url} if url else {})
    title.text = AtomicString(act.title[lang])
    details = citation[len(act.title[lang]):]
    # Atomic: text from the register is never parsed as Markdown or raw HTML, only escaped.
    title.tail = AtomicString(details + (f" ({note})" if note else ""))
    return wrapper


class _CitationPattern(InlineProcessor):
    def __init__(self, context: CitationContext):
        super().__init__(MARKER.pattern)
        self.context = context

    def handleMatch(self, match, data):
        page = self.context.current
        parsed = parse_marker(match["body"])
        if page is None or parsed is None:
            return None, None, None
        kind, act_id, words = parsed
        act = page.acts.get(act_id) if act_id else None
        if kind != "check" and act is None:
            return None, None, None  # the check before the build reports it
        return citation_element(kind, act, words, page), match.start(0), match.end(0)


class CitationExtension(Extension):
    def __init__(self, context: CitationContext, **kwargs):
        self.context = context
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # Before backslash escapes (180), so that a table cell's "\|" still separates the act from the words;
        # after code spans (190), so that a marker shown as `code` stays an example.
        md.inlinePatterns.register(_CitationPattern(self.context), "legal_citation", 185)
