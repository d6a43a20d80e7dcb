"""What the site search does with a student's query before and after Pagefind answers it.

Pagefind (the search engine, run over the built site) keeps one index per language and stems Russian and
English itself, but it knows no Kazakh, and when no indexed word starts with a query word it silently
falls back to the longest indexed word that is a *prefix* of it («бюджетх» → «бюджет», «әкiм» with a Latin
i → «ә»). This module holds the language knowledge the browser needs on top of that, as plain functions:

- :func:`normalise_word` — lower case, Latin look-alikes inside Cyrillic words mapped back (curriculum.language.scripts).
- :func:`kazakh_stem` — a Kazakh word without its inflectional endings, by analysis through synthesis: a
  split ``stem + ending`` counts when curriculum.language.morphology would generate that ending for that stem
  (vowel harmony and consonant assimilation included), and the shortest such stem wins («әкімдердің» → «әкім»);
  a stem voiced before its ending loses the voiced letter («әкімдігінің» → «әкімді», a prefix of «әкімдік» too).
- :func:`light_stem` — Russian and English endings stripped generously, never less than Pagefind's
  Snowball stemmer strips: the length Pagefind may legitimately cut from a query word.
- :func:`search_query` — what is sent to Pagefind (Kazakh: the stems, which Pagefind extends as prefixes).
- :func:`is_genuine` — whether Pagefind's answer matched the query or fell back to a shorter prefix.
- :func:`term_key` — the language-neutral key of a glossary term in any of its forms, so that a query for a
  term pins its glossary entry first.

docs/assets/search.js runs the same functions in the browser on the tables of :func:`browser_tables`;
tests/search/test_browser_search.py checks that both give the same answers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from curriculum.language.morphology import (BACK_VOWELS, FRONT_VOWELS, VOICING, VOICING_SYLLABLES, VOWELS, _harmony, kazakh_forms,
                                  syllables)
from curriculum.language.scripts import LOOK_ALIKES

MIN_KAZAKH_STEM = 2
MIN_LIGHT_STEM = 2
# Words as Pagefind indexes them: a hyphen separates words («өзін-өзі» → өзін, өзі), an apostrophe does not.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
KAZAKH_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"


def normalise_word(word: str) -> str:
    """Lower case; in a word that mixes alphabets, Latin look-alikes become the Cyrillic letters they imitate."""
    word = unicodedata.normalize("NFC", word)
    if _CYRILLIC.search(word) and _LATIN.search(word):
        # Before lower-casing: Latin H imitates Cyrillic Н, while Latin h imitates Kazakh һ.
        word = "".join(LOOK_ALIKES.get(ch, ch) for ch in word)
    return word.lower()


def fold(word: str) -> str:
    """The word as Pagefind compares it by default: combining marks dropped (й → и, ё → е; Kazakh letters stay)."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.category(ch).startswith("M")))


def query_words(text: str) -> list[str]:
    return [normalise_word(w) for w in _WORD.findall(text)]


# --- Kazakh -------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def kazakh_endings() -> dict[str, dict[str, tuple[str, ...]]]:
    """harmony ("back"/"front") → last letter of a stem → the endings morphology.kazakh_forms adds to it.

    What kazakh_forms adds to a single word depends only on the word's harmony and its last letter, so a
    two-letter model stem per (harmony, letter) gives the whole table — with one exception: a stem of two
    syllables or more ending in к, қ, п has it voiced to г, ғ, б before the possessive (әкімдік → әкімдігі).
    The one-syllable models do not voice, so such a form reads here as a stem ending in г, ғ, б followed by
    the endings of the г, ғ, б rows (әкімдіг + інің), and :func:`kazakh_stem` then drops that letter."""
    table: dict[str, dict[str, tuple[str, ...]]] = {"back": {}, "front": {}}
    for harmony, vowel in (("back", "а"), ("front", "ә")):
        for letter in KAZAKH_LETTERS:
            model = vowel + letter
            if _harmony(model) != harmony:
                continue  # a vowel decides its own harmony: no back stem ends in ә
            table[harmony][letter] = tuple(sorted({form[len(model):] for form in kazakh_forms(model)} - {""}))
    return table


_VOICED = "".join(sorted(VOICING.values()))  # г, ғ, б: what к, қ, п become before a vowel-initial ending


@lru_cache(maxsize=20_000)
def kazakh_stem(word: str) -> str:
    """The shortest stem (at least two letters) of which the word is an inflected form; the word itself if none.

    A stem of two syllables or more ending in г, ғ, б before an ending that starts with a vowel may be a
    voiced к, қ, п («әкімдігі» is «әкімдік» + «і»): Pagefind extends the query as a prefix and knows no
    alternatives, so the stem is cut before that letter («әкімді»), the prefix both «әкімдік…» and
    «әкімдігі…» share. The cost is over-matching: «әкімді» is also the accusative of «әкім», and a loanword's
    own г (мониторингі → «мониторин») is cut too. That is the better trade: the words extending the cut stem
    are at most those of the one letter dropped, the query's own glossary entry is still pinned first by
    :func:`term_key`, while the uncut «әкімдіг» would miss every page with only «әкімдік», «әкімдікке»,
    «әкімдіктер» — the more frequent forms."""
    word = normalise_word(word)
    if not _CYRILLIC.search(word):
        return word  # a Latin name or a number takes no Kazakh endings glued on
    table = kazakh_endings()
    for end in range(MIN_KAZAKH_STEM, len(word)):
        stem, ending = word[:end], word[end:]
        if ending in table[_harmony(stem)].get(stem[-1], ()):
            if stem[-1] in _VOICED and ending[0] in VOWELS and syllables(stem) >= VOICING_SYLLABLES:
                return stem[:-1]
            return stem
    return word


# --- Russian and English: how much Pagefind's Snowball stemmer may cut ------------------------------------------

# The Snowball stemmers cut at most one ending of each of these kinds, in this order. Taken without their
# conditions (R1, R2, «а/я» before an ending), every choice tried: the light stem is never longer than the
# stem Pagefind computes (tests/search/test_search_units.py checks it on every word of the site).
_RU_ADJECTIVE = ("ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого",
                 "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею")
_RU_NOUN = ("а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й",
            "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я")
_RU_STEPS = (
    ("ся", "сь"),
    ("в", "вши", "вшись", "ив", "ивши", "ившись", "ыв", "ывши", "ывшись",
     *(p + a for p in ("", "ем", "нн", "вш", "ющ", "щ", "ивш", "ывш", "ующ") for a in _RU_ADJECTIVE),
     "ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно",
     "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило",
     "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю", *_RU_NOUN),
    ("и",), ("ость", "ост"), ("ейше", "ейш"), ("н", "ь"),
)
_RU_VOWELS = "аеиоуыэюя"
_EN_STEPS = (
    ("'s'", "'s", "'"),
    ("sses", "ied", "ies", "s", "es", "us", "ss"),
    ("eed", "eedly", "ed", "edly", "ing", "ingly"),
    ("*",),  # a doubled consonant is undoubled (plann-ing → plan)
    ("y", "i"),
    # Porter2 rewrites these into a shorter suffix which a later step removes: cut whole.
    ("ational", "tional", "enci", "anci", "abli", "entli", "izer", "ization", "ation", "ator", "alism", "aliti",
     "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "abiliti", "ibiliti", "biliti", "bli", "ogi",
     "fulli", "lessli", "li"),
    # («at»: what -ative leaves once -iveness or -iviti was cut whole: representativeness → represent|at → repres.)
    ("ational", "tional", "alize", "icate", "iciti", "ical", "ful", "ness", "ative", "at"),
    # («-at», «-bl», «-iz»: Porter2 adds an «e» after cutting «-ed» or «-ing», then cuts «-ate» here.)
    ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ist", "ate", "iti", "at", "bl", "iz",
     "ous", "ive", "ize", "ion"),
    ("e", "i", "*"),  # and «-ll» → «-l»
)
# Porter2 has turned a final «-y» into «-i» before those suffixes, which this cut as «y»: each suffix also
# counts without its final «i» («actively» → activel → active → activ).
_EN_STEPS = tuple(tuple(sorted({*step, *(e[:-1] for e in step if len(e) >= 2 and e.endswith("i"))}))
                  for step in _EN_STEPS)
_DOUBLED = ("bb", "dd", "ff", "gg", "ll", "mm", "nn", "pp", "rr", "tt")
# Porter2 stems dying, lying, tying as die, lie, tie (its exceptions), so «tied» matches «tying»: they share a letter.
_EN_IE = tuple(sorted([f"{ie}{end}" for ie in ("die", "lie", "tie") for end in ("", "s", "d")] +
                      ["dying", "lying", "tying"]))


@lru_cache(maxsize=50_000)
def _shortest_cut(word: str, steps: tuple[tuple[str, ...], ...], keep: int) -> str:
    """The shortest word left by cutting, step after step, at most one ending of each step's list."""
    if not steps:
        return word
    step, rest = steps[0], steps[1:]
    best = _shortest_cut(word, rest, keep)
    for ending in step:
        if ending == "*":
            cut = word[:-1] if word[-2:] in _DOUBLED else None
        else:
            cut = word[:-len(ending)] if word.endswith(ending) else None
        if cut is not None and len(cut) >= keep:
            candidate = _shortest_cut(cut, rest, keep)
            if len(candidate) < len(best):
                best = candidate
    return best


@lru_cache(maxsize=20_000)
def light_stem(word: str, lang: str) -> str:
    """The word without what a stemmer may cut from it (Kazakh: :func:`kazakh_stem`)."""
    word = normalise_word(word)
    if lang == "kk":
        return kazakh_stem(word)
    if lang == "ru" and _CYRILLIC.search(word):
        word = word.replace("ё", "е")
        vowel = next((i for i, ch in enumerate(word) if ch in _RU_VOWELS), None)
        # Snowball cuts only after the first vowel.
        return word if vowel is None else _shortest_cut(word, _RU_STEPS, vowel + 1)
    if lang == "en" and _LATIN.search(word):
        return word[0] if word in _EN_IE else _shortest_cut(word, _EN_STEPS, MIN_LIGHT_STEM)
    return word


# --- Glossary terms: one key for all the forms of a term --------------------------------------------------------

_RU_NOMINAL = tuple(sorted(set(_RU_ADJECTIVE + _RU_NOUN), key=lambda ending: (-len(ending), ending)))  # longest first
_EN_PLURAL = (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s'", ""), ("'s", ""),
              ("s", ""))


@lru_cache(maxsize=20_000)
def key_stem(word: str, lang: str) -> str:
    """A word of a noun phrase without its case and number ending (the glossary's terms are noun phrases)."""
    word = normalise_word(word)
    if lang == "kk":
        return kazakh_stem(word)
    if lang == "ru":
        word = word.replace("ё", "е")
        vowel = next((i for i, ch in enumerate(word) if ch in _RU_VOWELS), None)
        if vowel is not None:
            for ending in _RU_NOMINAL:
                if word.endswith(ending) and len(word) - len(ending) > vowel:
                    return word[:-len(ending)]
        return word
    word = word.replace("’", "'")
    for ending, replacement in _EN_PLURAL:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith(("ss", "us", "is")):
            return word[:-len(ending)] + replacement
    return word


# --- Queries and answers ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]     # the query's words, normalised
    stems: tuple[str, ...]     # what each word must at least share with a word it matches
    pagefind: str              # the text sent to Pagefind

    @property
    def empty(self) -> bool:
        return not self.words


def search_query(text: str, lang: str) -> Query:
    words = tuple(query_words(text))
    stems = tuple(light_stem(w, lang) for w in words)
    # Pagefind stems Russian and English itself; Kazakh it can only extend as a prefix, so it gets the stem.
    sent = stems if lang == "kk" else words
    return Query(words, stems, " ".join(sent))


def _common_prefix(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b):
        if x != y:
            break
        length += 1
    return length


def matches_word(query_word: str, query_stem: str, found: str) -> bool:
    """Whether a word Pagefind matched (or any part of it) shares at least the stem with the query word."""
    target, needed = fold(query_word), len(fold(query_stem))
    parts = [found, *_WORD.findall(found)]
    return any(_common_prefix(fold(normalise_word(part)), target) >= needed for part in parts)


def is_genuine(query: Query, matched_words: list[str]) -> bool:
    """Whether Pagefind's best result matched every query word, rather than a shorter prefix of it.

    Pagefind either extends a query word (every result then carries a word starting with its stem) or,
    finding none, falls back to a prefix for the whole query; so the best result decides for all."""
    return all(any(matches_word(word, stem_, found) for found in matched_words)
               for word, stem_ in zip(query.words, query.stems))


def term_key(text: str, lang: str) -> str:
    """The key of a query, or of a glossary name («бюджетом сельского округа» → «бюджет сельск округ»)."""
    return " ".join(fold(key_stem(w, lang)) for w in query_words(text))


def term_keys(names: list[str], lang: str) -> list[str]:
    """The keys of every inflected form of a concept's names: a query with any of these keys is that concept."""
    from curriculum.language.morphology import forms

    return sorted({term_key(form, lang) for name in names for form in (name, *forms(name, lang))} - {""})


def browser_tables() -> dict:
    """Everything docs/assets/search.js needs to run the functions above in the browser."""
    return {
        "lookAlikes": LOOK_ALIKES,
        "kk": {"minStem": MIN_KAZAKH_STEM, "back": "".join(sorted(BACK_VOWELS)),
               "front": "".join(sorted(FRONT_VOWELS)), "endings": _shared_endings(kazakh_endings()),
               "voiced": _VOICED, "voicingSyllables": VOICING_SYLLABLES},
        "ru": {"vowels": _RU_VOWELS, "steps": _RU_STEPS, "nominal": _RU_NOMINAL},
        "en": {"minStem": MIN_LIGHT_STEM, "steps": _EN_STEPS, "doubled": _DOUBLED, "plural": _EN_PLURAL, "ie": _EN_IE},
    }


def _shared_endings(table: dict[str, dict[str, tuple[str, ...]]]) -> dict:
    """The Kazakh table with each distinct list of endings written once: {"lists": [...], "back": {letter: i}}."""
    lists: list[tuple[str, ...]] = []
    shared: dict = {"lists": lists}
    for harmony, letters in table.items():
        shared[harmony] = {}
        for letter, endings in letters.items():
            if endings not in lists:
                lists.append(endings)
            shared[harmony][letter] = lists.index(endings)
    shared["lists"] = [list(e) for e in lists]
    return shared
