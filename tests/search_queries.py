"""The site search's table of queries: what a student types, and what must (and must not) come back.

Shared by tests/search/test_browser_search.py and benchmarks/search.py. Pages are site-relative URLs; every
answer must also hold pages of the query's language only (checked for every case).
"""

from __future__ import annotations

from dataclasses import dataclass

TOP = 10  # "in the top results": among the first ten pages, what the results panel shows first


@dataclass(frozen=True)
class Case:
    lang: str
    query: str
    why: str
    top: tuple[str, ...] = ()      # pages that must be among the first TOP pages
    entry: str | None = None       # the glossary entry that must come first
    nothing: bool = False          # no result at all

    @property
    def label(self) -> str:
        return f"{self.lang}:{self.query}"


CASES = (
    # Kazakh: the base finds the inflected forms, the inflected query finds the base, look-alikes too.
    Case("kk", "әкім", "base form → its inflected forms and its entry", top=("courses/akm3101/",), entry="glossary/#akim"),
    Case("kk", "әкімдердің", "plural genitive → the base «әкім»", top=("courses/akm3101/",), entry="glossary/#akim"),
    Case("kk", "әкiм", "Latin i typed for Kazakh і", top=("courses/akm3101/",), entry="glossary/#akim"),
    Case("kk", "ӘКIМДЕРІНІҢ", "capitals, a Latin I, plural possessive genitive", entry="glossary/#akim"),
    Case("kk", "әкімдікке", "dative of a derived word → that word's entry", entry="glossary/#akimat"),
    Case("kk", "әкімдігі", "possessive, к voiced to г → the entry of «әкімдік»", entry="glossary/#akimat"),
    Case("kk", "коммуналдық мүлкі", "possessive with elision (мүлік → мүлкі) → the entry of «коммуналдық мүлік»",
         entry="glossary/#communal-property"),
    Case("kk", "жергілікті өзін-өзі басқарудың", "a hyphenated multi-word term, inflected",
         top=("courses/lsg2105/",), entry="glossary/#local-self-government"),
    Case("kk", "бюджетке", "dative → pages on budgets", top=("courses/pfb2202/", "courses/lbu3103/")),
    Case("kk", "Глоссарий", "a title shared with the Russian page stays in Kazakh", top=("glossary/",)),
    Case("kk", "бюджетх", "nonsense: Pagefind would fall back to «бюджет»", nothing=True),
    Case("kk", "әкімхв", "nonsense: Pagefind would fall back to «әкім»", nothing=True),
    # Russian: Pagefind's stemmer, both ways.
    Case("ru", "бюджета", "genitive → «бюджет»", top=("ru/courses/pfb2202/", "ru/courses/lbu3103/")),
    Case("ru", "бюджетом", "instrumental → «бюджет»", top=("ru/courses/pfb2202/", "ru/courses/lbu3103/")),
    Case("ru", "местного самоуправления", "genitive phrase → «местное самоуправление»",
         top=("ru/courses/lsg2105/",), entry="ru/glossary/#local-self-government"),
    Case("ru", "местное самоуправление", "the base phrase", top=("ru/courses/lsg2105/",),
         entry="ru/glossary/#local-self-government"),
    Case("ru", "акиму", "dative → the entry «аким»", entry="ru/glossary/#akim"),
    Case("ru", "Глоссарий", "a title shared with the Kazakh page stays in Russian", top=("ru/glossary/",)),
    Case("ru", "бюджетх", "nonsense: Pagefind would fall back to «бюджет»", nothing=True),
    # English: plural and singular.
    Case("en", "akims", "plural → «akim» and its entry", top=("en/courses/akm3101/",), entry="en/glossary/#akim"),
    Case("en", "akim", "singular", top=("en/courses/akm3101/",), entry="en/glossary/#akim"),
    Case("en", "budgets", "plural → «budget»", top=("en/courses/pfb2202/", "en/courses/lbu3103/")),
    Case("en", "budget", "singular", top=("en/courses/pfb2202/", "en/courses/lbu3103/")),
    Case("en", "districts", "plural → the entry «district»", entry="en/glossary/#district"),
    Case("en", "budgetx", "nonsense: Pagefind would fall back to «budget»", nothing=True),
    Case("en", "zzqx", "nonsense with no prefix at all", nothing=True),
)


def other_languages(lang: str, url: str) -> bool:
    """Whether a site-relative URL belongs to another language than ``lang``."""
    prefix = url.split("/", 1)[0]
    if lang == "kk":
        return prefix in ("ru", "en")
    return prefix != lang


def judge(case: Case, pages: list[str], entries: list[str]) -> list[str]:
    """What is wrong with an answer (empty when the case is answered correctly)."""
    wrong = []
    if case.nothing:
        if pages or entries:
            wrong.append(f"expected nothing, got {len(pages)} pages and {len(entries)} entries")
        return wrong
    foreign = [u for u in pages + entries if other_languages(case.lang, u)]
    if foreign:
        wrong.append(f"other languages' pages: {foreign[:3]}")
    for url in case.top:
        if url not in pages[:TOP]:
            wrong.append(f"{url} not among the first {TOP} pages")
    if case.entry and (not entries or entries[0] != case.entry):
        wrong.append(f"first glossary entry {entries[:1]}, expected {case.entry}")
    if not pages and not entries:
        wrong.append("no result")
    return wrong
