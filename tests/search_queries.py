"""The site search's table of queries: what a student types, and what must (and must not) come back.

Shared by tests/search/test_browser_search.py and benchmarks/search.py (which counts the answers right per
kind of query). Pages are site-relative URLs; every answer must also hold pages of the query's language only
(checked for every case).
"""

from __future__ import annotations

from dataclasses import dataclass

TOP = 10  # "in the top results": among the first ten pages, what the results panel shows first
LEADING = 3  # "leading": among the first three pages, the first screen of results on a phone
KINDS = {
    "inflection": "inflected forms",
    "look-alike": "Latin look-alikes",
    "term": "glossary terms",
    "nonsense": "nonsense",
    "code": "course code first",
    "title": "title first",
    "about": "page about the word leads",
    "keyboard": "Kazakh on a Russian keyboard",
    "latin": "Latin letters",
}


@dataclass(frozen=True)
class Case:
    lang: str
    query: str
    why: str
    kind: str                      # a key of KINDS
    top: tuple[str, ...] = ()      # pages that must be among the first TOP pages
    entry: str | None = None       # the glossary entry that must come first
    nothing: bool = False          # no result at all
    first: str | None = None       # the page that must come first
    leading: tuple[str, ...] = ()  # pages that must be among the first LEADING pages

    @property
    def label(self) -> str:
        return f"{self.lang}:{self.query}"


CASES = (
    # Kazakh: the base finds the inflected forms, the inflected query finds the base, look-alikes too.
    Case("kk", "әкім", "base form → its inflected forms and its entry", "inflection", top=("courses/akm3101/",),
         entry="glossary/#akim"),
    Case("kk", "әкімдердің", "plural genitive → the base «әкім»", "inflection", top=("courses/akm3101/",),
         entry="glossary/#akim"),
    Case("kk", "әкiм", "Latin i typed for Kazakh і", "look-alike", top=("courses/akm3101/",), entry="glossary/#akim"),
    Case("kk", "ӘКIМДЕРІНІҢ", "capitals, a Latin I, plural possessive genitive", "look-alike", entry="glossary/#akim"),
    Case("kk", "әкімдікке", "dative of a derived word → that word's entry", "term", entry="glossary/#akimat"),
    Case("kk", "әкімдігі", "possessive, к voiced to г → the entry of «әкімдік»", "term", entry="glossary/#akimat"),
    Case("kk", "коммуналдық мүлкі", "possessive with elision (мүлік → мүлкі) → the entry of «коммуналдық мүлік»",
         "term", entry="glossary/#communal-property"),
    Case("kk", "жергілікті өзін-өзі басқарудың", "a hyphenated multi-word term, inflected", "term",
         top=("courses/lsg2105/",), entry="glossary/#local-self-government"),
    Case("kk", "бюджетке", "dative → pages on budgets", "inflection", top=("courses/pfb2202/", "courses/lbu3103/")),
    Case("kk", "Глоссарий", "a title shared with the Russian page stays in Kazakh", "title", top=("glossary/",)),
    Case("kk", "бюджетх", "nonsense: Pagefind would fall back to «бюджет»", "nonsense", nothing=True),
    Case("kk", "әкімхв", "nonsense: Pagefind would fall back to «әкім»", "nonsense", nothing=True),
    # Russian: Pagefind's stemmer, both ways.
    Case("ru", "бюджета", "genitive → «бюджет»", "inflection", top=("ru/courses/pfb2202/", "ru/courses/lbu3103/")),
    Case("ru", "бюджетом", "instrumental → «бюджет»", "inflection", top=("ru/courses/pfb2202/", "ru/courses/lbu3103/")),
    Case("ru", "местного самоуправления", "genitive phrase → «местное самоуправление»", "term",
         top=("ru/courses/lsg2105/",), entry="ru/glossary/#local-self-government"),
    Case("ru", "местное самоуправление", "the base phrase", "term", top=("ru/courses/lsg2105/",),
         entry="ru/glossary/#local-self-government"),
    Case("ru", "акиму", "dative → the entry «аким»", "term", entry="ru/glossary/#akim"),
    Case("ru", "Глоссарий", "a title shared with the Kazakh page stays in Russian", "title", top=("ru/glossary/",)),
    Case("ru", "бюджетх", "nonsense: Pagefind would fall back to «бюджет»", "nonsense", nothing=True),
    # English: plural and singular.
    Case("en", "akims", "plural → «akim» and its entry", "inflection", top=("en/courses/akm3101/",),
         entry="en/glossary/#akim"),
    Case("en", "akim", "singular", "inflection", top=("en/courses/akm3101/",), entry="en/glossary/#akim"),
    Case("en", "budgets", "plural → «budget»", "inflection", top=("en/courses/pfb2202/", "en/courses/lbu3103/")),
    Case("en", "budget", "singular", "inflection", top=("en/courses/pfb2202/", "en/courses/lbu3103/")),
    Case("en", "districts", "plural → the entry «district»", "term", entry="en/glossary/#district"),
    Case("en", "budgetx", "nonsense: Pagefind would fall back to «budget»", "nonsense", nothing=True),
    Case("en", "zzqx", "nonsense with no prefix at all", "nonsense", nothing=True),
    # A course code, a course's title: that course first, though longer pages list the code more often.
    Case("kk", "LSG2105", "the course code → its course first (was 14th of 14)", "code", first="courses/lsg2105/"),
    Case("kk", "AKM3101", "the course code → its course first (was 6th of 7)", "code", first="courses/akm3101/"),
    Case("ru", "AKM3101", "the course code → its course first", "code", first="ru/courses/akm3101/"),
    Case("en", "lsg2105", "the course code in lower case → its course first", "code", first="en/courses/lsg2105/"),
    Case("kk", "Мемлекеттік басқаруға кіріспе", "a course title → that course first", "title",
         first="courses/ipa1106/"),
    Case("ru", "Налоги и местные доходы", "a course title → that course first", "title", first="ru/courses/tax3201/"),
    Case("en", "History of Kazakhstan", "a course title → that course first", "title", first="en/courses/his1101/"),
    # A page's length does not bury the page about the word: the full syllabi that discuss the akimat lead,
    # not the outlines that mention it twice. (Since every basic and profile course got a full syllabus, a dozen
    # of them discuss the akimat as often as LSG2105 does: test_no_course_is_ranked_below_one_that_says_the_word
    # _in_passing orders them by how often they say it.)
    Case("kk", "әкімдіктің", "the syllabi about the akimat lead (LSG2105 was 11th)", "about",
         leading=("courses/akm3101/",), top=("courses/lsg2105/",), entry="glossary/#akimat"),
    Case("ru", "акимата", "the syllabi about the akimat lead (AKM3101 was 7th, LSG2105 9th)", "about",
         top=("ru/courses/akm3101/",), entry="ru/glossary/#akimat"),
    Case("en", "akimat", "the syllabi about the akimat lead", "about",
         top=("en/courses/akm3101/",), entry="en/glossary/#akimat"),
    # Kazakh typed on a Russian keyboard (и for і, к for қ, н for ң, а for ә, …) finds what the right
    # spelling finds, inflection included.
    Case("kk", "акимдиктин", "«әкімдіктің» without Kazakh letters", "keyboard",
         leading=("courses/akm3101/",), top=("courses/lsg2105/",), entry="glossary/#akimat"),
    Case("kk", "маслихаттын", "«мәслихаттың»: ә typed а in the stem, ң typed н in the ending", "keyboard",
         top=("courses/akm3101/", "courses/lsg2105/"), entry="glossary/#maslikhat"),
    Case("kk", "бюджетин", "«бюджетін»: only the ending has a Kazakh letter", "keyboard",
         top=("courses/pfb2202/", "courses/lbu3103/")),
    Case("kk", "акимдиги", "«әкімдігі»: к voiced to г before the possessive", "keyboard", entry="glossary/#akimat"),
    Case("kk", "жергиликти озин-ози баскарудын", "a multi-word term typed without Kazakh letters", "keyboard",
         top=("courses/lsg2105/",), entry="glossary/#local-self-government"),
    Case("kk", "акимхв", "nonsense without Kazakh letters still finds nothing", "nonsense", nothing=True),
    # Latin letters: Kazakh in informal transliteration or the Latin alphabet, Russian in transliteration.
    Case("kk", "akimdik", "«әкімдік» in Latin letters", "latin", leading=("courses/akm3101/",),
         top=("courses/lsg2105/",), entry="glossary/#akimat"),
    Case("kk", "maslikhattyn", "«мәслихаттың» in Latin letters, inflected", "latin", top=("courses/akm3101/",),
         entry="glossary/#maslikhat"),
    Case("kk", "zhergilikti ozin-ozi basqaru", "a multi-word term in Latin letters (q for қ)", "latin",
         top=("courses/lsg2105/",), entry="glossary/#local-self-government"),
    Case("kk", "byudzhetke", "«бюджетке» in Latin letters", "latin", top=("courses/pfb2202/", "courses/lbu3103/")),
    Case("kk", "akimxv", "Latin nonsense finds nothing", "nonsense", nothing=True),
    Case("ru", "akimata", "«акимата» in Latin letters", "latin", top=("ru/courses/akm3101/",),
         entry="ru/glossary/#akimat"),
    Case("ru", "mestnoe samoupravlenie", "«местное самоуправление» in Latin letters", "latin",
         top=("ru/courses/lsg2105/",), entry="ru/glossary/#local-self-government"),
    Case("ru", "akimxv", "Latin nonsense finds nothing", "nonsense", nothing=True),
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
    for url in case.leading:
        if url not in pages[:LEADING]:
            wrong.append(f"{url} not among the first {LEADING} pages ({_place(url, pages)})")
    if case.first and pages[:1] != [case.first]:
        wrong.append(f"first page {pages[:1]}, expected {case.first} ({_place(case.first, pages)})")
    if case.entry and (not entries or entries[0] != case.entry):
        wrong.append(f"first glossary entry {entries[:1]}, expected {case.entry}")
    if not pages and not entries:
        wrong.append("no result")
    return wrong


def _place(url: str, pages: list[str]) -> str:
    return f"{pages.index(url) + 1}th of {len(pages)}" if url in pages else f"not among {len(pages)}"


# How a student might write Kazakh in Latin letters (one informal romanisation of many; the site reads others).
ROMANISED = dict(zip("әабвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
                     ["a", "a", "b", "v", "g", "gh", "d", "e", "yo", "zh", "z", "i", "y", "k", "q", "l", "m", "n", "ng",
                      "o", "o", "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "sh", "shch", "", "y",
                      "i", "", "e", "yu", "ya"]))


def romanised(text: str) -> str:
    return "".join(ROMANISED.get(letter, letter) for letter in text.lower())
