"""Words that mix Latin look-alike letters into Cyrillic (әкiм with a Latin i) break search and sorting."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from curriculum.model.problems import Problem
from curriculum.model.sources import read_text

LOOK_ALIKES = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "k": "к", "h": "һ",
    "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
    "X": "Х", "I": "І", "Y": "У",
}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


_TOUCHING = re.compile(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]")


def mixed_words(text: str) -> list[tuple[int, str, str]]:
    """(line, word, suggestion) for every word with both Cyrillic and Latin letters."""
    return list(_mixed_words(text))


@functools.lru_cache(maxsize=1024)  # by text: the checks after a save read the same pages again
def _mixed_words(text: str) -> tuple[tuple[int, str, str], ...]:
    if not _TOUCHING.search(text):
        return ()  # the usual case, decided in one pass of the regex engine
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in _WORD.finditer(line):
            word = match.group()
            if _CYRILLIC.search(word) and _LATIN.search(word):
                suggestion = "".join(LOOK_ALIKES.get(ch, ch) for ch in word)
                found.append((number, word, suggestion))
    return tuple(found)


def mixed_script_problems(root: Path, folders: tuple[str, ...] = ("docs", "data")) -> list[Problem]:
    problems = []
    for folder in folders:
        for path in sorted((Path(root) / folder).rglob("*")):
            if path.suffix not in (".md", ".yml", ".yaml") or not path.is_file():
                continue
            shown = path.relative_to(root).as_posix()
            for line, word, suggestion in mixed_words(read_text(path) or ""):
                latin = ", ".join(sorted({ch for ch in word if _LATIN.match(ch)}))
                if _LATIN.search(suggestion):
                    allowed = "write the word in one alphabet"
                else:
                    allowed = f"write it in Cyrillic: «{suggestion}»"
                problems.append(Problem(shown, line, f"«{word}» mixes Latin letters ({latin}) into a Cyrillic word", allowed))
    return problems
