"""Find glossary terms in running text, in their inflected forms, longest match first.

The index maps every form of every term (as a tuple of normalised words) to its concept; matching walks
the words of a text once and tries the longest phrase at each word, so the cost grows with the text,
not with the size of the glossary.
"""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from curriculum.glossary.termbase import Glossary
from curriculum.language.morphology import forms

NOT_LINKED = "-"  # what a phrase of a term's not_linked_in maps to: no concept id is "-" (ids are words)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BETWEEN_WORDS = re.compile(r"[ \t\u00a0]+")


@lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    return word.lower().replace("ё", "е").replace("’", "'")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    concept: str


class TermIndex:
    def __init__(self, glossary: Glossary, lang: str):
        self.lang = lang
        self.phrases: dict[tuple[str, ...], str] = {}
        exact: dict[tuple[str, ...], str] = {}
        for concept in (c for c in glossary.concepts.values() if c.linked):
            for name in concept.terms[lang].names():
                exact.setdefault(_key(name), concept.id)
                for form in forms(name, lang) if not _is_abbreviation(name) else (name,):
                    self.phrases.setdefault(_key(form), concept.id)
        self.phrases.update(exact)  # a concept's own name beats an inflected form of another's
        # A phrase in which a term means something else («concessional credit») is matched as a whole and
        # linked to nothing, so that its words are passed over.
        for concept in (c for c in glossary.concepts.values() if c.linked):
            for phrase in concept.terms[lang].not_linked_in:
                for form in forms(phrase, lang):
                    self.phrases[_key(form)] = NOT_LINKED
        # For each first word, the phrase lengths that start with it, longest first: most words of a text
        # start no phrase at all and cost one dictionary lookup.
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[0], set()).add(len(key))
        self.sizes = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}

    def find(self, text: str, exclude: frozenset | set = frozenset()) -> list[Match]:
        """Non-overlapping matches, left to right, the longest phrase at each place; concepts in
        ``exclude`` (already linked on the page) are passed over."""
        lowered = _fold(text)
        if len(lowered) != len(text):  # a rare letter whose lower case is longer: go word by word
            return [m for m in self._find_word_by_word(text) if m.concept not in exclude]
        # Splitting, stripping and set lookups run in C; Python looks closer only where a phrase can start.
        tokens = lowered.split()
        strip = _PUNCTUATION
        sizes_of, phrases = self.sizes, self.phrases
        # compress/map keep the loop over every token in C; Python runs only for the candidates.
        starts = list(compress(count(), map(sizes_of.__contains__, map(str.strip, tokens, repeat(strip)))))
        # Character positions are looked up only for matches: ``located`` tokens are behind ``cursor``.
        matches, total, resume, located, cursor = [], len(tokens), 0, 0, 0
        for index in starts:
            if index < resume:
                continue  # inside a phrase matched just before
            core = tokens[index].strip(strip)
            for size in sizes_of[core]:
                if index + size > total:
                    continue
                key = (core,) if size == 1 else (core, *tokens[index + 1:index + size - 1],
                                                  tokens[index + size - 1].rstrip(strip))
                concept = phrases.get(key)
                if concept is NOT_LINKED and (size == 1 or _spaces_only(tokens, index, size)):
                    resume = index + size
                    break
                if concept and (size == 1 or _spaces_only(tokens, index, size)):
                    token_at = _nth_token_position(lowered, tokens[index], cursor,
                                                   tokens[located:index].count(tokens[index]))
                    cursor = token_at + len(tokens[index])
                    for following in tokens[index + 1:index + size]:
                        cursor = _nth_token_position(lowered, following, cursor, 0) + len(following)
                    located = resume = index + size
                    if concept not in exclude:
                        last = tokens[index + size - 1]
                        begin = token_at + tokens[index].find(core)
                        finish = cursor - len(last) + len(last.rstrip(strip))
                        matches.append(Match(begin, finish, concept))
                    break
        return matches

    def _find_word_by_word(self, text: str) -> list[Match]:
        words = list(WORD.finditer(text))
        keys = [normalise(w.group()) for w in words]
        matches, index = [], 0
        while index < len(words):
            for size in self.sizes.get(keys[index], ()):
                if index + size > len(words) or (size > 1 and not _joined(text, words, index, size)):
                    continue
                concept = self.phrases.get(tuple(keys[index:index + size]))
                if concept:
                    if concept is not NOT_LINKED:
                        matches.append(Match(words[index].start(), words[index + size - 1].end(), concept))
                    index += size
                    break
            else:
                index += 1
        return matches


_PUNCTUATION = "«»„“”\"'()[]{},.;:!?…—–-*_`/\\|<>•·"


def _nth_token_position(text: str, token: str, cursor: int, skip: int) -> int:
    """Where ``token`` stands as a whole whitespace-separated token at or after ``cursor``, passing over
    its first ``skip`` such occurrences."""
    position = text.find(token, cursor)
    while position != -1:
        after = position + len(token)
        if (position == 0 or text[position - 1].isspace()) and (after == len(text) or text[after].isspace()):
            if not skip:
                return position
            skip -= 1
        position = text.find(token, position + 1)
    raise ValueError(f"token {token!r} not found after {cursor}")  # split() produced it, so it is there


def _spaces_only(tokens: list[str], index: int, size: int) -> bool:
    """A phrase's words carry no punctuation between them: the first may open with some («, (), the last
    may close with some, the ones between carry none."""
    first, last = tokens[index], tokens[index + size - 1]
    return first == first.rstrip(_PUNCTUATION) and last == last.lstrip(_PUNCTUATION) and \
        all(t == t.strip(_PUNCTUATION) for t in tokens[index + 1:index + size - 1])


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'")


def _joined(text: str, words: list[re.Match], index: int, size: int) -> bool:
    """The ``size`` words from ``index`` on are separated by spaces only."""
    return all(_BETWEEN_WORDS.fullmatch(text[words[i].end():words[i + 1].start()])
               for i in range(index, index + size - 1))


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(normalise(w) for w in WORD.findall(phrase))


def _is_abbreviation(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def term_index(glossary: Glossary, lang: str) -> TermIndex:
    """One index per glossary and language, kept with the glossary (hooks run once per language)."""
    if lang not in glossary.indexes:
        glossary.indexes[lang] = TermIndex(glossary, lang)
    return glossary.indexes[lang]


class TermUsage:
    """Which concepts each course page links, per language; filled while pages render, read by the
    glossary page once every page has rendered (MkDocs renders all pages before any template)."""

    def __init__(self):
        self._pages: dict[tuple[str, str], list[str]] = {}

    def start_page(self, lang: str, code: str) -> Callable[[str], None]:
        concepts = self._pages.setdefault((lang, code), [])
        concepts.clear()  # a page rendered again (mkdocs serve) starts afresh
        return concepts.append

    def courses_using(self, lang: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for (page_lang, code), concepts in sorted(self._pages.items()):
            if page_lang == lang:
                for concept in concepts:
                    found.setdefault(concept, []).append(code)
        return found


LINKED_SECTIONS = ("courses/", "programme/")


def links_terms(src_uri: str, lang: str) -> bool:
    """Terms are linked on course and programme pages (the glossary itself and the guide are left alone)."""
    path = src_uri[len(lang) + 1:] if src_uri.startswith(f"{lang}/") else src_uri
    return path.startswith(LINKED_SECTIONS)
