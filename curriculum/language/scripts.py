"""Words that mix Latin look-alike letters into Cyrillic (әкiм with a Latin i) break search and sorting; and
Kazakh typed without its own letters, on a Russian keyboard or in Latin letters, as students type it."""

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
# The nine Kazakh letters a Russian keyboard lacks, and the letter typed instead (і is typed и or ы).
KAZAKH_LETTERS = "әғқңөұүһі"
RUSSIAN_KEYBOARD = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}

# Latin spellings of Cyrillic letters as students type them: informal transliteration («akimdik», «zhergilikti»,
# «maslikhat») and the letters of the Kazakh Latin alphabets (ä, ğ, q, ñ, ö, ū, ü, ı, ş, ç, and the 2018
# apostrophes, which are dropped). Each spelling may stand for more than one letter: «ng» is ң or н+г, «ts» ц
# or т+с; the longest spelling is read first («ngh» is н+ғ, «tsh» т+ш).
# Kazakh: what each spelling stands for once folded as a Russian keyboard folds (і, ы, й → и; see
# curriculum/search/spelling.py), so ы and і need no alternatives.
LATIN_FOR_KAZAKH = {
    "shch": ("щ",), "sh": ("ш",), "ch": ("ч",), "zh": ("ж",), "kh": ("х",), "gh": ("г",), "ts": ("ц", "тс"),
    "tsh": ("тш",), "ya": ("я", "иа"), "yu": ("ю", "иу"), "yo": ("е", "ио"), "ng": ("н", "нг"), "ngh": ("нг",),
    "a": ("а",), "ä": ("а",), "b": ("б",), "c": ("ц",), "ç": ("ч",), "d": ("д",), "e": ("е",), "f": ("ф",),
    "g": ("г",), "ğ": ("г",), "h": ("х",), "i": ("и",), "ı": ("и",), "j": ("ж", "и"), "k": ("к",), "q": ("к",),
    "l": ("л",), "m": ("м",), "n": ("н",), "ñ": ("н",), "o": ("о",), "ö": ("о",), "p": ("п",), "r": ("р",),
    "s": ("с",), "ş": ("ш",), "t": ("т",), "u": ("у",), "ū": ("у",), "ü": ("у",), "v": ("в",), "w": ("у",),
    "x": ("х", "кс"), "y": ("и",), "z": ("з",), "'": ("",), "’": ("",),
}
# Russian: the letters themselves (Pagefind's Russian stemmer takes the whole word). A spelling after «^» is
# read at the start of a word only: э begins many loanwords (экономика, электронный) and is rare inside one.
LATIN_FOR_RUSSIAN = {
    "shch": ("щ",), "sch": ("щ",), "sh": ("ш",), "ch": ("ч",), "zh": ("ж",), "kh": ("х",), "ts": ("ц",),
    "ya": ("я",), "yu": ("ю",), "yo": ("е", "йо"), "ye": ("е",), "yy": ("ый",), "iy": ("ий",), "ay": ("ай",),
    "oy": ("ой",), "ey": ("ей",), "uy": ("уй",),
    "^e": ("е", "э"),
    "a": ("а",), "b": ("б",), "c": ("ц",), "d": ("д",), "e": ("е",), "f": ("ф",), "g": ("г",), "h": ("х",),
    "i": ("и",), "j": ("й",), "k": ("к",), "q": ("к",), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",),
    "p": ("п",), "r": ("р",), "s": ("с",), "t": ("т",), "u": ("у",), "v": ("в",), "w": ("в",), "x": ("кс",),
    "y": ("ы", "й"), "z": ("з",), "'": ("ь",), "’": ("ь",),
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
