"""Spelling of the prose, per language, with Debian's Hunspell dictionaries.

Accepted besides the dictionary: the glossary's terms in all their generated forms, the project word
list (data/spelling/<lang>.txt) and, for Kazakh, whose Debian dictionary is old and rejects many valid
inflected forms, a word that is a known stem plus endings Kazakh grammar allows for that stem
(«әкімдерінің» = «әкім» + plural + possessive + genitive). A stem is known when Hunspell or the
glossary knows it; the word must then be one of the forms the grammar builds from it, so a misspelled
stem («маслихаттың») is still caught.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from curriculum.glossary.termbase import Glossary
from curriculum.model.sources import read_text
from curriculum.language.morphology import forms, kazakh_forms

DICTIONARIES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.DOTALL)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
_NOISE = [
    re.compile(r"`[^`\n]*`"),                      # inline code
    re.compile(r"<!--.*?-->", re.DOTALL),          # comments and markers
    re.compile(r"\[\[(?:act|history):[a-z0-9-]+(?:\s*\\?\|)?|\[\[check\]\]|\]\]"),  # a citation's marker, not its words
    re.compile(r"<[^>\n]+>"),                      # HTML tags
    re.compile(r"\{[^}\n]*\}"),                    # attribute lists { #id }
    re.compile(r"\]\([^)\n]*\)"),                  # link targets
    re.compile(r"\b[a-z][a-z0-9+.-]*://\S+"),      # URLs
    re.compile(r"\b(?:[\w-]+\.)+(?:kz|com|org|net|info|asia|kg|ru|gov|edu|eu|ca|app)\b(?:/\S*)?"),  # bare hosts
]
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Report:
    lang: str
    words: int = 0
    unknown: list[tuple[str, int, str]] = field(default_factory=list)  # (path, line, word)

    @property
    def rate(self) -> float:
        return 1000 * len(self.unknown) / self.words if self.words else 0.0


def _in_page_alphabet(word: str, lang: str) -> bool:
    """Latin names in Cyrillic text, and Cyrillic words quoted in English text, are not checked."""
    if len(word) < 2:
        return False
    return bool(_CYRILLIC.search(word)) if lang in ("kk", "ru") else bool(_LATIN.search(word))


def prose_tokens(markdown: str, lang: str) -> list[tuple[int, str, bool]]:
    """(line, word, quoted) for every word of the running text in the page's own alphabet; ``quoted``
    when it stands inside «…» (Kazakh pages quote Russian titles, which are Russian, not misspelt Kazakh)."""
    text = _FRONT.sub(lambda m: "\n" * m.group(0).count("\n"), markdown)
    text = _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for pattern in _NOISE:
        text = pattern.sub(lambda m: " " * len(m.group(0)) if "\n" not in m.group(0) else "\n" * m.group(0).count("\n"), text)
    tokens = []
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        cursor = 0
        if not line.strip():
            depth = 0  # a quotation does not run past its paragraph
        for match in _TOKEN.finditer(line):
            between = line[cursor:match.start()]
            depth = max(0, depth + between.count("«") - between.count("»"))
            cursor = match.end()
            word = match.group().strip("'’")
            if match.start() >= 2 and line[match.start() - 1] == "-" and line[match.start() - 2].isdigit():
                continue  # an ending written after a number: 2021-жылы, 1-ші, 8-аптада
            if match.start() >= 1 and line[match.start() - 1].isdigit():
                continue  # an ordinal's ending: 3rd, 21st
            if len(word) < 2 or (word.isupper() and len(word) <= 6):
                continue  # abbreviations: АППК, ЖБП, PO
            if not _in_page_alphabet(word, lang):
                continue  # e-Otinish, eGov in Kazakh or Russian text; «мәслихат» quoted in English text
            tokens.append((number, word, depth > 0))
        tail = line[cursor:]
        depth = max(0, depth + tail.count("«") - tail.count("»"))
    return tokens


def word_list(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {line.strip().casefold() for line in (read_text(path) or "").splitlines()
            if line.strip() and not line.startswith("#")}


def glossary_words(glossary: Glossary, lang: str) -> set[str]:
    accepted: set[str] = set()
    for concept in glossary.concepts.values():
        for name in concept.terms[lang].names():
            for form in forms(name, lang):
                accepted.update(w.casefold() for w in _TOKEN.findall(form))
    return accepted


def hunspell_unknown(words: set[str], dictionary: str) -> set[str]:
    """The words Hunspell rejects (one run for the whole set)."""
    if not words:
        return set()
    if shutil.which("hunspell") is None:
        raise RuntimeError("hunspell is not installed: apt-get install hunspell hunspell-kk hunspell-ru hunspell-en-gb")
    result = subprocess.run(["hunspell", "-d", dictionary, "-l"], input="\n".join(sorted(words)),
                            capture_output=True, text=True, check=True)
    # Hunspell splits hyphenated words and reports the part; keep to the words that were asked about.
    return {line.strip() for line in result.stdout.splitlines() if line.strip()} & set(words)


def kazakh_stem_candidates(word: str) -> list[str]:
    """Stems from which grammar could build ``word``: every prefix of three letters or more."""
    lower = word.casefold()
    return [lower[:end] for end in range(len(lower) - 1, 2, -1)]


def _both_harmonies(*back: str) -> set[str]:
    front = str.maketrans({"ы": "і", "а": "е", "ғ": "г", "қ": "к", "о": "ө", "ұ": "ү"})
    return {suffix for item in back for suffix in (item, item.translate(front))}


# Kazakh suffixes (both vowel harmonies): plural, possessive, case, attributive, predicative; voice,
# negation, participles, tenses, verbal nouns, persons; and the common derivational ones. A word is
# accepted when it is a known stem followed by a chain of these.
KAZAKH_SUFFIXES = _both_harmonies(
    "лар", "дар", "тар", "ы", "сы", "ым", "м", "ың", "ң", "ымыз", "мыз", "ыңыз", "ңыз",
    "ның", "дың", "тың", "н", "ны", "ды", "ты", "на", "а", "ға", "қа", "да", "та", "нда", "дан", "тан", "нан",
    "мен", "бен", "пен", "менен", "ғы", "қы", "дағы", "тағы", "ндағы",
    "мын", "пын", "бын", "сың", "быз", "пыз", "сыз",
    "ыл", "л", "ын", "ыс", "с", "дыр", "тыр", "қыз", "ғыз", "т", "ма", "ба", "па",
    "ған", "қан", "атын", "йтын", "ар", "р", "мақ", "пақ", "бақ", "ады", "йды", "й", "ып", "п", "у", "уы",
    "шы", "лық", "дық", "тық", "сыз", "лы", "ды", "ты", "шылық", "ғыш", "қыш", "дай", "тай", "ша",
    "ымды", "ымдылық", "ым", "ыш", "ақ", "қ", "ғы", "атын", "ушы", "уға", "уда", "удан", "ған", "ғандықтан",
    "рақ", "ырақ", "лау", "дау", "тау", "лан", "дан", "тан", "лас", "дас", "тас", "ла", "да", "та", "сын",
)
_LONGEST_SUFFIX = max(len(s) for s in KAZAKH_SUFFIXES)


def kazakh_endings_parse(rest: str, depth: int = 0) -> bool:
    """Whether ``rest`` is a chain of at most six Kazakh suffixes."""
    if not rest:
        return True
    if depth == 6:
        return False
    return any(rest.startswith(rest[:size]) and rest[:size] in KAZAKH_SUFFIXES
               and kazakh_endings_parse(rest[size:], depth + 1)
               for size in range(min(len(rest), _LONGEST_SUFFIX), 0, -1))


def check_spelling(root: Path, glossary: Glossary, lang: str) -> Report:
    root = Path(root)
    report = Report(lang)
    occurrences: list[tuple[str, int, str, bool]] = []
    for page in sorted((root / "docs" / lang).rglob("*.md")):
        shown = page.relative_to(root).as_posix()
        for line, word, quoted in prose_tokens(read_text(page) or "", lang):
            occurrences.append((shown, line, word, quoted))
    report.words = len(occurrences)
    accepted = word_list(root / "data" / "spelling" / f"{lang}.txt") | glossary_words(glossary, lang)
    # A hyphenated word (өзін-өзі, e-Otinish-тің) is right when each of its parts is.
    parts = {part for _, _, w, _ in occurrences for part in re.split(r"[-'’]", w) if _in_page_alphabet(part, lang)}
    candidates = {p for p in parts if p.casefold() not in accepted and not (p.isupper() and len(p) <= 6)}
    unknown_parts = hunspell_unknown(candidates, DICTIONARIES[lang])
    if lang == "kk" and unknown_parts:
        unknown_parts -= _valid_kazakh_inflections(unknown_parts, accepted)
    if lang == "kk":
        # Endings written after an abbreviation or a Latin name: ХҚКО-ны, e-Otinish-тің.
        unknown_parts = {p for p in unknown_parts if not kazakh_endings_parse(p.casefold())}
    unknown = {w for _, _, w, _ in occurrences if any(p in unknown_parts for p in re.split(r"[-'’]", w))}
    foreign = _quoted_other_language(lang, unknown, occurrences, glossary)
    report.unknown = [(path, line, word) for path, line, word, quoted in occurrences
                      if word in unknown and not (quoted and word in foreign) and word not in foreign.get_unquoted()]
    return report


class _Foreign(set):
    """Words of the other Cyrillic language: accepted when quoted, and Kazakh words in Russian text
    also unquoted (their letters ә ғ қ ң ө ұ ү һ і never occur in Russian)."""

    unquoted: set

    def get_unquoted(self) -> set:
        return self.unquoted


def _quoted_other_language(lang: str, unknown: set[str], occurrences, glossary: Glossary) -> _Foreign:
    result = _Foreign()
    result.unquoted = set()
    if lang == "kk" and unknown:
        quoted = {w for _, _, w, q in occurrences if q and w in unknown}
        russian = glossary_words(glossary, "ru")
        result |= {w for w in quoted if w.casefold() in russian}
        result |= quoted - hunspell_unknown(quoted, DICTIONARIES["ru"])
    elif lang == "ru" and unknown:
        kazakh = {w for w in unknown if _KAZAKH_LETTERS.search(w.casefold())}
        valid = kazakh - hunspell_unknown(kazakh, DICTIONARIES["kk"])
        valid |= _valid_kazakh_inflections(kazakh - valid, set())
        result |= valid
        result.unquoted = valid
    return result


_KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")


def _valid_kazakh_inflections(words: set[str], accepted: set[str]) -> set[str]:
    """Words that are a stem Hunspell or the glossary knows plus a chain of Kazakh suffixes."""
    stems = {stem for word in words for stem in kazakh_stem_candidates(word)}
    # A stem ending in a soft sign loses it before an ending: модуль → модулі.
    stems |= {stem + "ь" for stem in stems}
    known_stems = (stems & accepted) | (stems - hunspell_unknown(stems, DICTIONARIES["kk"]))
    valid = set()
    for word in words:
        lower = word.casefold()
        for stem in kazakh_stem_candidates(word):
            if (stem in known_stems or stem + "ь" in known_stems) and (
                    lower in kazakh_forms(stem) or kazakh_endings_parse(lower[len(stem):])):
                valid.add(word)
                break
    return valid


def summary(reports: list[Report]) -> str:
    lines = []
    for report in reports:
        lines.append(f"{report.lang}: {len(report.unknown)} unknown in {report.words} words "
                     f"({report.rate:.2f} per 1,000)")
        for path, line, word in report.unknown:
            lines.append(f"  {path}:{line}: «{word}» is not in the {DICTIONARIES[report.lang]} dictionary"
                         f" — fix the spelling, or add the word to data/spelling/{report.lang}.txt if it is right")
        common = Counter(word for _, _, word in report.unknown).most_common(5)
        if common:
            lines.append("  most frequent: " + ", ".join(f"{w} ({n})" for w, n in common))
    return "\n".join(lines)
