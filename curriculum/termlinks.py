"""Find glossary terms in running text, in their inflected forms, longest match first.

The index maps every form of every term (as a tuple of normalised words) to its concept; matching walks
the words of a text once and tries the longest phrase at each word, so the cost grows with the text,
not with the size of the glossary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from curriculum.glossary import Glossary
from curriculum.morphology import forms

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BETWEEN_WORDS = re.compile(r"[ \t\u00a0]+")


@lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    return word.casefold().replace("ё", "е").replace("’", "'")


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
        for concept in glossary.concepts.values():
            for name in concept.terms[lang].names():
                exact.setdefault(_key(name), concept.id)
                for form in forms(name, lang) if not _is_abbreviation(name) else (name,):
                    self.phrases.setdefault(_key(form), concept.id)
        self.phrases.update(exact)  # a concept's own name beats an inflected form of another's
        self.longest = max((len(k) for k in self.phrases), default=0)

    def find(self, text: str) -> list[Match]:
        words = list(WORD.finditer(text))
        if not words:
            return []
        keys = [normalise(w.group()) for w in words]
        # reach[i]: how many words from i on are joined by spaces only (a phrase never spans punctuation).
        reach = [1] * len(words)
        for i in range(len(words) - 2, -1, -1):
            if _BETWEEN_WORDS.fullmatch(text[words[i].end():words[i + 1].start()]):
                reach[i] = reach[i + 1] + 1
        phrases, matches, index = self.phrases, [], 0
        while index < len(words):
            for size in range(min(self.longest, reach[index]), 0, -1):
                concept = phrases.get(tuple(keys[index:index + size]))
                if concept:
                    matches.append(Match(words[index].start(), words[index + size - 1].end(), concept))
                    index += size
                    break
            else:
                index += 1
        return matches


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


_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_HEADING = re.compile(r"^#{1,6} .*$", re.MULTILINE)
_CODE = re.compile(r"`[^`\n]*`")
_TAG = re.compile(r"<[^>\n]+>")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")


def prose_of(markdown: str) -> str:
    """The running text of a Markdown page, without front matter, code, headings, tags or link targets."""
    for pattern in (_FRONT, _FENCE, _HEADING, _CODE, _TAG, _LINK_TARGET):
        markdown = pattern.sub(" ", markdown)
    return markdown


def concepts_used(index: TermIndex, markdown: str) -> set[str]:
    return {match.concept for match in index.find(prose_of(markdown))}


LINKED_SECTIONS = ("courses/", "programme/")


def links_terms(src_uri: str, lang: str) -> bool:
    """Terms are linked on course and programme pages (the glossary itself and the guide are left alone)."""
    path = src_uri[len(lang) + 1:] if src_uri.startswith(f"{lang}/") else src_uri
    return path.startswith(LINKED_SECTIONS)
