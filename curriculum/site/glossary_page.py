"""The glossary page in each language, and the termbase's downloads (CSV, TBX)."""

from __future__ import annotations

import csv
import io
import json
import re
from html import escape
from xml.sax.saxutils import escape as xml_escape, quoteattr

from curriculum.language.dates import format_date
from curriculum.glossary.termbase import Concept, Glossary
from curriculum.languages import LANGUAGE_NAMES, LANGUAGES
from curriculum.legal.wording import full_citation, status_note
from curriculum.model.licence import CONTENT
from curriculum.model.records import Curriculum, LegalAct
from curriculum.site.render import Links


def collation_key(lang: str):
    """The language's alphabetical order (Kazakh: А Ә Б В Г Ғ …) from ICU's collation data."""
    import icu

    collator = icu.Collator.createInstance(icu.Locale(lang))
    return collator.getSortKey


# A term in the other script is filed under that script as a whole: in the Kazakh and Russian glossaries
# «e-Otinish» stands under "A–Z", not under a Latin "E" that the index would show as a second «Е».
OTHER_SCRIPT_GROUP = {"cyrillic": "A–Z", "latin": "А–Я"}
LANGUAGE_SCRIPT = {"kk": "cyrillic", "ru": "cyrillic", "en": "latin"}


def first_letter(term: str, lang: str | None = None) -> str:
    """The letter a term is filed under in the language's index: its first letter, or, for a term written in
    the other script, that script's group."""
    for character in term:
        if character.isalpha():
            script = "cyrillic" if "\u0400" <= character <= "\u04ff" else "latin" if character.isascii() else None
            if lang and script and script != LANGUAGE_SCRIPT.get(lang, script):
                return OTHER_SCRIPT_GROUP[LANGUAGE_SCRIPT[lang]]
            return character.upper()
    return "#"


def sorted_concepts(glossary: Glossary, lang: str) -> list[Concept]:
    key = collation_key(lang)
    return sorted(glossary.concepts.values(), key=lambda c: key(c.terms[lang].term.strip("«»\"'")))


def source_text(act: LegalAct | None, article: str | None, curriculum: Curriculum, lang: str) -> str:
    """The concept's legal source as the page's language cites it: title, date, number, article, and a note."""
    if act is None:
        return ""
    label = lambda key, lang: curriculum.label("legal", key, lang)
    text = full_citation(act, lang, label)
    if article:
        word = curriculum.label("ui", "article", lang)
        text += f", {word} {article}" if lang != "kk" else f", {article}-{word}"
    note = status_note(act, lang, label)
    return f"{text} ({note})" if note else text


def glossary_page(glossary: Glossary, curriculum: Curriculum, lang: str, links: Links) -> str:
    """Every concept in the language's alphabetical order; "used in" rows are filled in later by
    :func:`fill_used_in`, once every course page has rendered and linked its terms."""
    ui = lambda key: curriculum.label("ui", key, lang)
    concepts = sorted_concepts(glossary, lang)
    letters: list[str] = []
    for concept in concepts:
        letter = first_letter(concept.terms[lang].term, lang)
        if letter not in letters:
            letters.append(letter)
    index = " ".join(f'<a href="#letter-{n}">{escape(letter)}</a>' for n, letter in enumerate(letters, 1))
    downloads = (f'<p class="glossary-downloads">{escape(ui("downloads"))}: '
                 f'<a href="{escape(links.to("glossary/glossary.csv"))}" download>{escape(ui("csv_file"))}</a>, '
                 f'<a href="{escape(links.to("glossary/glossary.tbx"))}" download>{escape(ui("tbx_file"))}</a>. '
                 f'{escape(ui("glossary_count"))}: {len(concepts)}. '
                 f'{escape(ui("downloads_licence"))}: <a href="{escape(CONTENT.deed(lang))}" rel="license">CC BY 4.0</a> '
                 f'(<a href="{escape(links.to("glossary/" + CSV_METADATA))}" type="application/csvm+json">'
                 f'{escape(ui("csv_metadata"))}</a>).</p>')
    parts = [downloads, f'<nav class="letter-index" aria-label="{escape(ui("glossary_letters"))}">{index}</nav>']
    current = None
    for concept in concepts:
        letter = first_letter(concept.terms[lang].term, lang)
        if letter != current:
            current = letter
            parts.append(f'<h2 id="letter-{letters.index(letter) + 1}" class="glossary-letter">{escape(letter)}</h2>')
        parts.append(_entry(concept, glossary, curriculum, lang, links))
    return "\n".join(parts)


def _entry(concept: Concept, glossary: Glossary, curriculum: Curriculum, lang: str, links: Links) -> str:
    ui = lambda key: curriculum.label("ui", key, lang)
    term = concept.terms[lang]
    rows = []
    if term.abbr:
        rows.append((ui("abbreviation"), escape(term.abbr)))
    if term.synonyms:
        rows.append((ui("synonyms"), escape(", ".join(term.synonyms))))
    for other in LANGUAGES:
        if other != lang:
            names = concept.terms[other]
            shown = names.term + (f" ({names.abbr})" if names.abbr else "")
            rows.append((LANGUAGE_NAMES[other], f'<span lang="{other}">{escape(shown)}</span>'))
    source = curriculum.acts.get(concept.source_act) if concept.source_act else None
    if source:
        rows.append((ui("source"), escape(source_text(source, concept.source_article, curriculum, lang))))
    related = [glossary.concepts[r] for r in concept.related if r in glossary.concepts]
    if related:
        rows.append((ui("related"), ", ".join(f'<a href="#{r.id}">{escape(r.terms[lang].term)}</a>' for r in related)))
    details = "".join(f"<dt>{escape(name)}</dt><dd>{value}</dd>" for name, value in rows) + _used_in_marker(concept.id)
    return (f'<div class="concept">\n<h3 id="{concept.id}">{escape(term.term)}</h3>\n'
            f'<p>{escape(term.definition)}</p>\n<dl>{details}</dl>\n</div>')


def _used_in_marker(concept_id: str) -> str:
    return f"<!--used-in:{concept_id}-->"


_USED_IN_MARKER = re.compile(r"<!--used-in:([a-z0-9-]+)-->")


def fill_used_in(html: str, used_in: dict[str, list[str]], curriculum: Curriculum, lang: str, links: Links) -> str:
    """Replace each concept's marker by a "used in" row linking the course pages that use the term."""
    label = escape(curriculum.label("ui", "used_in", lang))

    def row(match: re.Match) -> str:
        courses = [curriculum.courses[c] for c in used_in.get(match.group(1), []) if c in curriculum.courses]
        if not courses:
            return ""
        return f"<dt>{label}</dt><dd>" + ", ".join(
            f'<a href="{escape(links.course(c, lang))}" title="{escape(c.title[lang])}">{escape(c.code)}</a>'
            for c in courses) + "</dd>"

    return _USED_IN_MARKER.sub(row, html)


CSV_COLUMNS = ["id", *(f"{lang}_{field}" for lang in LANGUAGES for field in ("term", "abbr", "synonyms", "definition")),
               "source", "article", "related"]


def glossary_csv(glossary: Glossary) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for concept in sorted(glossary.concepts.values(), key=lambda c: c.id):
        row = [concept.id]
        for lang in LANGUAGES:
            term = concept.terms[lang]
            row += [term.term, term.abbr or "", "; ".join(term.synonyms), term.definition]
        row += [concept.source_act or "", concept.source_article or "", " ".join(concept.related)]
        writer.writerow(row)
    return buffer.getvalue()


# The CSV's own metadata, as CSV on the Web (W3C) defines it: a file beside it named <csv>-metadata.json.
CSV_METADATA = "glossary.csv-metadata.json"


def glossary_csv_metadata(attribution: dict[str, str]) -> str:
    """The CSV's licence, attribution line (in each language) and columns, in CSVW's JSON-LD form."""
    document = {
        "@context": "http://www.w3.org/ns/csvw",
        "url": "glossary.csv",
        "dc:title": "State and Local Administration curriculum glossary (kk, ru, en)",
        "dc:license": {"@id": CONTENT.url},
        "dc:rights": [{"@value": text, "@language": lang} for lang, text in attribution.items()],
        "tableSchema": {"columns": [{"name": name, "titles": name} for name in CSV_COLUMNS]},
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def glossary_tbx(glossary: Glossary, acts: dict[str, LegalAct], attribution: dict[str, str] | None = None) -> str:
    """TBX-Basic (ISO 30042:2019, DCA style): one conceptEntry per concept, a langSec per language; the header's
    publicationStmt carries the licence and the attribution line in each language."""
    rights = "".join(f'<p xml:lang="{lang}">{xml_escape(text)}</p>' for lang, text in (attribution or {}).items())
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<tbx type="TBX-Basic" style="dca" xml:lang="kk" xmlns="urn:iso:std:iso:30042:ed-2">',
             "<tbxHeader><fileDesc>"
             "<titleStmt><title>State and Local Administration curriculum glossary (kk, ru, en)</title></titleStmt>"
             f"<publicationStmt><p>{xml_escape(CONTENT.name)} ({CONTENT.spdx}): {xml_escape(CONTENT.url)}</p>{rights}"
             "</publicationStmt>"
             "<sourceDesc><p>State and Local Administration curriculum glossary "
             "(kk, ru, en)</p></sourceDesc></fileDesc></tbxHeader>",
             "<text><body>"]
    for concept in sorted(glossary.concepts.values(), key=lambda c: c.id):
        lines.append(f"<conceptEntry id={quoteattr(concept.id)}>")
        source = acts.get(concept.source_act) if concept.source_act else None
        if source:
            note = source.title["en"] + (f", art. {concept.source_article}" if concept.source_article else "")
            lines.append(f'<descrip type="subjectField">{xml_escape(note)}</descrip>')
        for related in concept.related:
            lines.append(f'<ref type="crossReference" target={quoteattr(related)}>{xml_escape(related)}</ref>')
        for lang in LANGUAGES:
            term = concept.terms[lang]
            lines.append(f'<langSec xml:lang="{lang}">')
            lines.append(f'<descrip type="definition">{xml_escape(term.definition)}</descrip>')
            lines.append(f'<termSec><term>{xml_escape(term.term)}</term>'
                         '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>')
            for synonym in term.synonyms:
                lines.append(f'<termSec><term>{xml_escape(synonym)}</term>'
                             '<termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>')
            if term.abbr:
                lines.append(f'<termSec><term>{xml_escape(term.abbr)}</term>'
                             '<termNote type="termType">abbreviation</termNote></termSec>')
            lines.append("</langSec>")
        lines.append("</conceptEntry>")
    lines += ["</body></text>", "</tbx>"]
    return "\n".join(lines) + "\n"
