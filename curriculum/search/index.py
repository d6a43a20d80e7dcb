"""The site's search index: Pagefind over the built site, one index per language, plus one record per
glossary concept, the tables docs/assets/search.js needs (curriculum/search/query.py's and spelling.py's
knowledge, Pagefind's :data:`RANKING`) and the words of the indexes the browser may need to read a query typed
without the language's letters (:func:`write_words`).

Pages are indexed from what the theme marks as their content (``data-pagefind-body`` on the article, so
the header, the navigation, "skip to content" and the 404 page stay out) minus :data:`EXCLUDED`.
Each glossary concept is a record of its own, a small page whose ``url`` meta points at ``glossary/#<id>``:
measured on the real termbase, an entry is the first result for its own term for 86 % of the concepts as
a record, against 39 % as a section of the long glossary page even with ``data-pagefind-weight="10"`` on
its heading. The record carries the keys of all the term's forms as a filter, so that the browser can pin
it first. (The records are small HTML pages indexed in one call: Pagefind's Python wrapper answers one
message per 0.1 s, so 642 custom records took 64 s.) Pages carry the same filter with the keys of their title
and course code (:func:`page_keys`, written by hooks/search_keys.py), so that «LSG2105» lists its course first.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.glossary.termbase import Concept, Glossary
from curriculum.languages import LANGUAGE_NAMES, LANGUAGES, home_url
from curriculum.language.morphology import forms
from curriculum.search.pagefind_bundle import index_words, stabilise
from curriculum.search.query import browser_tables, query_words, term_key, term_keys
from curriculum.search.spelling import Vocabulary, spelling_tables

BUNDLE = "pagefind"
TABLES = "assets/search-data.json"
WORDS = "assets/search-words"  # each respelled language's words, in files of whole groups (curriculum/search/spelling.py)
# The languages whose words the browser may need: Kazakh's all (typed without its letters, it is respelled from
# them), Russian's Latin ones (a Latin query is transliterated by rule, and searched as typed only if one begins so).
_LATIN_WORD = re.compile(r"[a-zäçğıñöşūü'’]+")
RESPELLED = {"kk": None, "ru": _LATIN_WORD}
_LATIN_RANGE = ("a", "ü")  # where Pagefind's sorted chunks keep the Latin words
WORDS_FILE_BYTES = 12_000      # about 3 KB gzipped: what a query word typed without Kazakh letters adds
# Pagefind's ranking (its BM25 parameters; `ranking` in its JS API). pageLength, 0.75 by default, divides a
# word's weight by the page's length against the average page, which the glossary's records (a few dozen words
# each, 214 per language) bring down to a fifth of a full syllabus: «әкімдіктің» put LSG2105 10th and AKM3101
# 5th behind outlines that mention the word twice. At 0 a page's length plays no part, and termSaturation at
# its most (2) lets a word said often count for more before it saturates. Measured on 30 single-word queries
# in kk, ru and en: the queries in which a course comes before one that says the word three times as often
# (six times at least) were 25 with Pagefind's defaults, 10 at pageLength 0.2, 5 at 0, and 3 with both
# settings: «жер», a prefix of «жергілікті» too, and two where the higher course's title names the word.
RANKING = {"pageLength": 0.0, "termSaturation": 2.0}
STAGING = "search-records"
# A record is a few dozen words: at the weights of a page's heading and text it would outrank every page
# that discusses its term at length (measured: the first ten results for «әкім» were nine records).
TITLE_WEIGHT, TEXT_WEIGHT = 2, 0.5
# Inside an article but not its text: heading permalinks («¶»), the glossary's entries (indexed as records
# of their own) and its letter index.
EXCLUDED = (".headerlink", ".concept", ".letter-index")
# Pagefind's ready-made interfaces: the site uses Material's search box instead.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css")


@dataclass(frozen=True)
class Record:
    url: str                  # relative to the site root, e.g. "ru/glossary/#akim"
    language: str
    title: str
    paragraphs: tuple[str, ...]
    section: str              # the title of the page the record belongs to ("Глоссарий")
    keys: tuple[str, ...] = field(default=())
    forms: tuple[str, ...] = field(default=())  # the names' inflected forms: searchable, never shown

    def html(self) -> str:
        """The record as a page Pagefind indexes: title, text, the target URL and section as meta, keys as filters."""
        e = html.escape
        marks = [f'<span data-pagefind-meta="url:{e(self.url)}"></span>',
                 f'<span data-pagefind-meta="section:{e(self.section)}"></span>',
                 '<span data-pagefind-filter="kind:glossary"></span>',
                 *([f'<span data-pagefind-meta="forms:{e(" ".join(self.forms).replace(",", " "))}"></span>']
                   if self.forms else []),
                 *(f'<span data-pagefind-filter="term:{e(key)}"></span>' for key in self.keys)]
        body = "".join(f'<p data-pagefind-weight="{TEXT_WEIGHT}">{e(text)}</p>' for text in self.paragraphs)
        return (f'<!DOCTYPE html>\n<html lang="{e(self.language)}"><head><meta charset="utf-8">'
                f"<title>{e(self.title)}</title></head><body><main data-pagefind-body>"
                f'<h1 data-pagefind-weight="{TITLE_WEIGHT}">{e(self.title)}</h1>{body}{"".join(marks)}'
                "</main></body></html>\n")


@dataclass(frozen=True)
class IndexSummary:
    pages: int
    records: int
    languages: tuple[str, ...]


def glossary_records(glossary: Glossary, lang: str, section: str, home: str | None = None) -> list[Record]:
    """One record per concept: its names and definition, the other languages' terms, and its keys."""
    base = (home_url(lang) if home is None else home) + "glossary/"
    return [_record(concept, lang, base, section) for concept in glossary.concepts.values()]


def _record(concept: Concept, lang: str, base: str, section: str) -> Record:
    term = concept.terms[lang]
    names = term.names()
    others = "; ".join(f"{LANGUAGE_NAMES[other]}: {concept.terms[other].term}" for other in LANGUAGES if other != lang)
    paragraphs = ((", ".join(names[1:]),) if names[1:] else ()) + (term.definition, others)
    return Record(url=f"{base}#{concept.id}", language=lang, title=term.term, paragraphs=paragraphs,
                  section=section, keys=tuple(term_keys(names, lang)),
                  forms=tuple(sorted({f for name in names for f in forms(name, lang)} - set(names))))


def built_languages(site: Path) -> dict[str, str]:
    """Each language the built site holds, with its home: all three in a full build; a one-language build
    (ONLY_LANG=ru) puts that language at the root, so the glossary page's own ``lang`` decides."""
    found = {}
    for lang in LANGUAGES:
        for home in dict.fromkeys((home_url(lang), "")):
            page = site / home / "glossary" / "index.html"
            declared = re.search(r'<html lang="([^"]+)"', page.read_text(encoding="utf-8")[:500]) \
                if page.exists() else None
            if declared and declared.group(1) == lang:
                found[lang] = home
                break
    return found


def page_title(page_html: str) -> str:
    """The text of a built page's first heading, without its permalink."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", page_html, re.DOTALL)
    if not match:
        return ""
    text = re.sub(r'<a class="headerlink".*?</a>|<[^>]+>', "", match.group(1))
    return html.unescape(text).strip()


def build_search_index(site_dir: Path, glossary: Glossary) -> IndexSummary:
    """Index the built site in place (``site_dir/pagefind/``) and write the browser's tables."""
    site = Path(site_dir)
    records: list[Record] = []
    built = built_languages(site)
    for lang, home in built.items():
        section = page_title((site / home / "glossary" / "index.html").read_text(encoding="utf-8"))
        records += glossary_records(glossary, lang, section, home)
    shutil.rmtree(site / BUNDLE, ignore_errors=True)  # chunk names change with their content
    # The records are indexed as pages from a folder inside the site, removed again at once: their
    # results link to meta url. (Pagefind's Python API answers one call per 0.1 s, so 642 custom records
    # took 64 s, and it may stop the indexer before its files are written; the command line does neither.)
    staging = site / STAGING
    try:
        staging.mkdir(parents=True, exist_ok=True)
        for number, record in enumerate(records):
            (staging / f"{record.language}-{number}.html").write_text(record.html(), encoding="utf-8")
        pages = _run_pagefind(site)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for name in UNUSED:
        (site / BUNDLE / name).unlink(missing_ok=True)
    words = {lang: write_words(site, lang) for lang in built if lang in RESPELLED}
    write_tables(site, words)
    return IndexSummary(pages - len(records), len(records), tuple(built))


def _run_pagefind(site: Path) -> int:
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", BUNDLE]
    for selector in EXCLUDED:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True)
    entry = site / BUNDLE / "pagefind-entry.json"
    if result.returncode != 0 or not entry.stat().st_size:
        raise RuntimeError(f"Pagefind failed to index {site}:\n{result.stdout}\n{result.stderr}")
    stabilise(site / BUNDLE)  # the same site gives the same bytes (reproducible builds)
    found = re.search(r"Indexed (\d+) pages", result.stdout)
    return int(found.group(1)) if found else 0


def page_keys(page_html: str, course: str | None, lang: str) -> list[str]:
    """The keys (query.term_key) under which a page comes first: its title's, and its course code's."""
    return sorted({term_key(text, lang) for text in (page_title(page_html), course or "")} - {""})


def write_words(site: Path, lang: str) -> list[list[str]]:
    """The words of a language's index (without numbers; RESPELLED says which), in files of whole groups of about
    WORDS_FILE_BYTES, each named by its content; returns [first group, last group, file name] per file."""
    folder = site / WORDS
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{lang}-*.json"):
        old.unlink()
    only = RESPELLED[lang]
    indexed = index_words(site / BUNDLE, lang, None if only is None else _LATIN_RANGE)
    words = {part for word in indexed for part in query_words(word)
             if not any(ch.isdigit() for ch in part) and (only is None or only.fullmatch(part))}
    batches: list[list[tuple[str, list[str]]]] = [[]]
    size = 0
    for group, group_words in Vocabulary(words).groups():
        group_size = sum(len(w.encode()) + 3 for w in group_words)
        if batches[-1] and size + group_size > WORDS_FILE_BYTES:
            batches.append([])
            size = 0
        batches[-1].append((group, group_words))
        size += group_size
    files = []
    for batch in batches:
        data = json.dumps([w for _, group_words in batch for w in group_words], ensure_ascii=False,
                          separators=(",", ":"))
        name = f"{lang}-{hashlib.sha256(data.encode()).hexdigest()[:10]}.json"
        (folder / name).write_text(data, encoding="utf-8")
        files.append([batch[0][0], batch[-1][0], name])
    return files


def write_tables(site: Path, words: dict[str, list[list[str]]] | None = None) -> Path:
    """assets/search-data.json, tagged with the index it goes with (the browser caches both by that tag)."""
    entry = site / BUNDLE / "pagefind-entry.json"
    tag = hashlib.sha256(entry.read_bytes()).hexdigest()[:12] if entry.exists() else "none"
    target = site / TABLES
    target.parent.mkdir(parents=True, exist_ok=True)
    tables = {"build": tag, **browser_tables(), "spelling": spelling_tables(), "words": words or {}, "ranking": RANKING}
    target.write_text(json.dumps(tables, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return target
