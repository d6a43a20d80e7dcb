"""Queries typed without the page language's letters, respelled so that they find what the right spelling finds.

Many students type Kazakh on a Russian keyboard («акимдиктин» for «әкімдіктің»: и or ы for і, к for қ, …) or
in Latin letters («akimdik», «zhergilikti»), and Russian in Latin letters («akimata»).

Kazakh cannot be respelled by rule: «маслихат» is «мәслихат», «бюджет» stays «бюджет», and which и is і
depends on the word. So a Kazakh query word without Kazakh letters is compared with the words of the site's
own Kazakh index, folded as a Russian keyboard folds them (:func:`typing_key`), and its stem is found as
:func:`curriculum.search.query.kazakh_stem` finds a correctly spelt word's — by analysis through synthesis,
but on real letters: a split «head + tail» of the typed word counts when a word of the site starts with a
real stem that folds to the head, and the tail folds to an ending curriculum.language.morphology generates
for that real stem (its harmony and last letter decide). The shortest such head wins, unless a longer one is
a word the site writes uninflected; its real stems are sent to Pagefind as the correctly spelt query's stem
would be («акимдиктин» → «әкімдік»). A form the site writes is simply looked up, and stemmed as its correct
spelling is (folding makes more splits look valid: «окига» would read as «оқы» + «ға», but the site writes
«оқиға»). A word the site has in no form is left as typed (and finds nothing, as before).

The site's words come from Pagefind's own Kazakh index (curriculum/search/index.py writes them grouped by the
first two folded letters); the browser loads the one group a query word needs, a few KB, and only for a
word without Kazakh letters. A word with Kazakh letters is taken as correctly spelt and costs nothing more.

Russian is transliterated by rule (a few alternatives where a spelling is ambiguous) and Pagefind's Russian
stemmer takes the words; a Latin word is also searched as typed (an English title, an abbreviation) when the
Russian index has a Latin word starting so — the browser loads the index's Latin words (a few KB) rather than
Pagefind's chunk of them (about 35 KB).

docs/assets/search.js runs the same functions, searches every reading and merges the answers by score;
tests/search/test_browser_search.py checks the parity.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from curriculum.language.morphology import VOICING, VOICING_SYLLABLES, VOWELS, _harmony, syllables
from curriculum.language.scripts import KAZAKH_LETTERS, LATIN_FOR_KAZAKH, LATIN_FOR_RUSSIAN, RUSSIAN_KEYBOARD
from curriculum.search.query import (MIN_KAZAKH_STEM, Query, fold, kazakh_endings, kazakh_stem, key_stem,
                                     light_stem, query_words)

# How a Kazakh word is compared with what was typed: the Russian keyboard's substitutes, and the letters that
# are confused anyway (ы and і are both typed и; й is и to Pagefind too; ё, э are е; ъ, ь are not typed in Latin).
TYPING_FOLD = {**RUSSIAN_KEYBOARD, "ы": "и", "й": "и", "ё": "е", "э": "е", "ъ": "", "ь": ""}
GROUP = 2            # the site's words are grouped (and loaded) by the first letters of their key
MAX_SPELLINGS = 4    # alternatives per query word, and alternative queries per query
_LATIN = re.compile(r"[a-zäçğıñöşūü]")
_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DEVOICED = {"г": "к", "б": "п"}  # a folded г is a voiced к or қ, a б a voiced п


def typing_key(word: str) -> str:
    """A word as it may be typed on a Russian keyboard, lower case: «әкімдіктің» → «акимдиктин»."""
    return "".join(TYPING_FOLD.get(ch, ch) for ch in word.lower())


def transliterations(word: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The Cyrillic spellings a Latin word may stand for, first choices first, at most MAX_SPELLINGS: the
    longest spelling the table knows is read first, one marked «^» only at the start of the word."""
    longest = max(len(spelling) for spelling in table)
    pieces, at = [], 0
    while at < len(word):
        for length in range(min(longest, len(word) - at), 0, -1):
            spelling = word[at:at + length]
            if at == 0 and "^" + spelling in table:
                spelling = "^" + spelling
            if spelling in table:
                pieces.append(table[spelling])
                at += length
                break
        else:
            pieces.append((word[at],))  # a letter the table does not know stays
            at += 1
    return tuple("".join(choice) for choice in itertools.islice(itertools.product(*pieces), MAX_SPELLINGS))


def needs_respelling(word: str, lang: str) -> bool:
    """Whether a (normalised) query word may be typed without its language's letters."""
    if _DIGIT.search(word) or len(word) < MIN_KAZAKH_STEM:
        return False  # a course code, a number or a letter is typed as it is written
    if lang == "kk":
        return not any(ch in KAZAKH_LETTERS for ch in word) and bool(_CYRILLIC.search(word) or _LATIN.search(word))
    if lang == "ru":
        return bool(_LATIN.search(word)) and not _CYRILLIC.search(word)
    return False


def typed_keys(word: str) -> tuple[str, ...]:
    """The keys a Kazakh query word is looked up by: its own, and for a Latin word its Cyrillic readings."""
    if _CYRILLIC.search(word):
        return (typing_key(word),)
    return tuple(dict.fromkeys((word, *(typing_key(t) for t in transliterations(word, LATIN_FOR_KAZAKH)))))


class Vocabulary:
    """The words of a language's index, looked up by the start of their key (:func:`typing_key`)."""

    def __init__(self, words: Iterable[str]):
        self.entries = sorted({(typing_key(w), w) for w in words})
        self._keys = [key for key, _ in self.entries]
        self._words = {word for _, word in self.entries}

    def has(self, word: str) -> bool:
        return word in self._words

    def starting_with(self, prefix: str) -> list[str]:
        start = bisect.bisect_left(self._keys, prefix)
        end = bisect.bisect_left(self._keys, prefix + "\uffff", start)
        return [word for _, word in self.entries[start:end]]

    def groups(self) -> list[tuple[str, list[str]]]:
        """The words by the first GROUP letters of their key, in key order (what the browser loads at once)."""
        return [(group, [word for _, word in entries])
                for group, entries in itertools.groupby(self.entries, key=lambda entry: entry[0][:GROUP])]


def _real_prefixes(head: str, vocabulary: Vocabulary) -> set[str]:
    """The beginnings of the site's words that fold to ``head``, in their own letters."""
    found = set()
    for word in vocabulary.starting_with(head):
        real, key = "", ""
        for letter in word:
            if len(key) == len(head):
                break
            real += letter
            key += TYPING_FOLD.get(letter, letter)
        found.add(real)
    return found


@lru_cache(maxsize=1)
def folded_endings() -> dict[str, dict[str, dict[str, str]]]:
    """harmony → last letter of a stem → typing key of an ending → the ending (kazakh_endings, folded)."""
    return {harmony: {letter: {typing_key(e): e for e in reversed(endings)} for letter, endings in letters.items()}
            for harmony, letters in kazakh_endings().items()}


def _ending(stem: str, tail: str) -> str | None:
    """The real ending that ``tail`` folds from after ``stem``, if morphology generates one for it."""
    if not tail:
        return ""
    return folded_endings()[_harmony(stem)].get(stem[-1], {}).get(tail)


def kazakh_respellings(word: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The stems, in the site's own letters, of a Kazakh word typed without Kazakh letters; () if none."""
    longest_ending = max(len(key) for letters in folded_endings().values() for tails in letters.values()
                         for key in tails)
    keys = typed_keys(word)
    # A form the site writes (in any reading of a Latin word): its stem is the one the correct spelling has.
    stems = {kazakh_stem(real) for key in keys for real in vocabulary.starting_with(key) if typing_key(real) == key}
    if not stems:
        stems = {stem for key in keys for stem in _analysed(key, longest_ending, vocabulary)}
    # The most written first: the stem more of the site's words start with (өз before оз, әкім before аким).
    return tuple(sorted(stems, key=lambda stem: (-_family(stem, vocabulary), stem)))


def _analysed(key: str, longest_ending: int, vocabulary: Vocabulary) -> set[str]:
    """The stems of a form the site does not write, from the shortest split «head + tail» whose head is a real
    stem and tail one of its endings; a split whose stem the site writes as a word of its own, not inflected,
    wins over those: folding makes more tails look like endings («мекенин» reads «меке» + «нің» as well as
    «мекен» + «ін», and only «мекен» is a word; «агенттигимен» is «агенттік» + «імен», not the written
    «агенттігі» + «мен»). Of several such splits, the one whose word the site writes in most forms wins, the
    shorter on a tie («занин» is «заң» + «ын», not «за» + «нің»)."""
    shortest: set[str] = set()
    words: set[str] = set()
    best = -1  # a lemma split counts even when no other word has its stem
    for end in range(max(MIN_KAZAKH_STEM, len(key) - longest_ending), len(key) + 1):
        head, tail = key[:end], key[end:]
        found: dict[str, bool] = {}  # stem sent → whether the site writes its full stem as a lemma
        for stem in _real_prefixes(head, vocabulary):
            ending = _ending(stem, tail)
            if ending is None:
                continue
            voiced = ending and stem[-1] in VOICING.values() and ending[0] in VOWELS \
                and syllables(stem) >= VOICING_SYLLABLES
            sent = stem[:-1] if voiced else stem  # as kazakh_stem cuts a voiced к, қ, п
            found[sent] = found.get(sent, False) or _lemma(stem, vocabulary)
        # «акимдиги» where the site writes only «әкімдік…»: the voiced form's stem is the unvoiced one's.
        if tail and head[-1] in _DEVOICED:
            for stem in _real_prefixes(head[:-1] + _DEVOICED[head[-1]], vocabulary):
                if stem[-1] in VOICING and syllables(stem) >= VOICING_SYLLABLES:
                    ending = _ending(stem[:-1] + VOICING[stem[-1]], tail)
                    if ending and ending[0] in VOWELS:
                        found[stem[:-1]] = found.get(stem[:-1], False) or _lemma(stem, vocabulary)
        shortest = shortest or set(found)
        lemmas = {stem for stem, is_word in found.items() if is_word}
        if lemmas and (forms := max(_forms(stem, vocabulary) for stem in lemmas)) > best:
            best, words = forms, lemmas
    return words or shortest


def _forms(stem: str, vocabulary: Vocabulary) -> int:
    """How many of the site's words have this stem: «заң» (заңда, заңмен, …) over «за», a Russian word that a
    Kazakh page quotes once."""
    return sum(kazakh_stem(word) == stem for word in vocabulary.starting_with(typing_key(stem)))


def _lemma(stem: str, vocabulary: Vocabulary) -> bool:
    """Whether the site writes the stem as a word of its own, and not as an inflected form."""
    return vocabulary.has(stem) and kazakh_stem(stem) == stem


def _family(stem: str, vocabulary: Vocabulary) -> int:
    return sum(word.startswith(stem) for word in vocabulary.starting_with(typing_key(stem)))


# --- Alternative queries ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Alternative:
    query: Query    # what is sent to Pagefind, and what an answer must match
    key: str        # the glossary key (query.term_key) of this reading of the query


def _readings(word: str, lang: str, vocabulary: Vocabulary | None) -> list[tuple[str, str, str]]:
    """(word, stem, key part) for each reading of one query word, the likeliest first; as typed when none fits."""
    as_typed = (word, light_stem(word, lang), fold(key_stem(word, lang)))
    if not needs_respelling(word, lang):
        return [as_typed]
    if lang == "kk":
        stems = kazakh_respellings(word, vocabulary) if vocabulary is not None else ()
        return [(stem, stem, fold(stem)) for stem in stems[:MAX_SPELLINGS]] or [as_typed]
    # As typed too (an English title, an abbreviation), when the index has a Latin word starting so.
    written = vocabulary is None or bool(vocabulary.starting_with(word))
    return [(t, light_stem(t, lang), fold(key_stem(t, lang))) for t in transliterations(word, LATIN_FOR_RUSSIAN)] \
        + ([as_typed] if written else [])


def search_alternatives(text: str, lang: str, vocabulary: Vocabulary | None = None) -> list[Alternative]:
    """The readings of a query to search for, at most MAX_SPELLINGS: every word's likeliest reading first; then
    the query as typed (a Latin query on the Russian site may be an English name); then one word read otherwise."""
    words = query_words(text)
    per_word = [_readings(w, lang, vocabulary) for w in words]
    if not per_word:
        return []
    first = [readings[0] for readings in per_word]
    combinations = [first]
    if lang != "kk":  # as typed, the words the index has so
        combinations.append([next((r for r in readings if r[0] == w), readings[0]) for w, readings in zip(words, per_word)])
    for at, readings in enumerate(per_word):
        combinations += [first[:at] + [reading] + first[at + 1:] for reading in readings[1:]]
    alternatives: dict[str, Alternative] = {}
    for reading in combinations:
        typed = tuple(word for word, _, _ in reading)
        stems = tuple(stem for _, stem, _ in reading)
        query = Query(typed, stems, " ".join(stems if lang == "kk" else typed))
        alternatives.setdefault(query.pagefind, Alternative(query, " ".join(key for _, _, key in reading)))
    return list(alternatives.values())[:MAX_SPELLINGS]


def spelling_tables() -> dict:
    """What docs/assets/search.js needs to run the functions above (the site's words are loaded apart)."""
    return {"fold": TYPING_FOLD, "kazakhLetters": KAZAKH_LETTERS, "group": GROUP, "maxSpellings": MAX_SPELLINGS,
            "voicing": VOICING, "devoiced": _DEVOICED, "latin": {"kk": LATIN_FOR_KAZAKH, "ru": LATIN_FOR_RUSSIAN}}
