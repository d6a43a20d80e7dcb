"""Markers of generated blocks in pages (``<!-- grading-scale -->`` on a line of its own), as the contributor writes them.

A marker the site does not know stays an invisible HTML comment: mistyped, the Kazakh page silently lacks the
table that the Russian page shows. So every comment that looks like a marker must be a known one, standing alone
on its line, once per page, and a page carries the same markers in every language. Markers in code (fences and
`backticks`) are examples, not markers, and are never replaced.
"""

from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path

from curriculum.checks.parallel import differences
from curriculum.languages import LANGUAGES
from curriculum.legal.citations import prose_lines
from curriculum.model.problems import Problem
from curriculum.model.sources import read_text

# Every marker a page may carry, and what the site puts in its place.
GENERATED_BLOCKS = {
    "curriculum:catalogue": "the course catalogue with its filter",
    "curriculum:structure": "the study plan, semester by semester, and the standard's totals",
    "curriculum:outcomes": "the programme outcomes and the outcomes × courses matrix",
    "curriculum:prerequisites": "the prerequisite graph and its text version",
    "curriculum:passport-facts": "the passport's key facts",
    "curriculum:home-facts": "the home page's first lines: degree, duration, credits, languages",
    "curriculum:how-to-cite": "the passport's \"How to cite\" line",
    "curriculum:electives": "the tracks and elective groups, with what students choose",
    "curriculum:pathway-facts": "the accelerated pathway: who may enter, length and mode",
    "curriculum:pathway-plan": "the accelerated pathway, semester by semester",
    "curriculum:pathway-recognition": "the recognition of prior learning, module by module",
    "curriculum:schema": "the reference of every data field",
    "grading-scale": "the letter-grade scale",
    "legal:framework": "the legal register, act by act",
    "glossary:index": "the glossary, concept by concept",
    "contributing:translation-status": "the status of every translation",
}
# A marker alone on its line, as the hooks replace it.
MARKER = re.compile(r"^[ \t]*<!--\s*(?P<name>[a-z]+(?::[a-z-]+)?|grading-scale)\s*-->[ \t]*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)
_FAMILY = re.compile(r"^(?:curriculum|legal|glossary|contributing)\s*:|^[a-z]+:[a-z-]+$")
_ONE_WORD = re.compile(r"^[a-z][a-z0-9_-]*$")
ALLOWED = "one of: " + ", ".join(f"<!-- {name} -->" for name in GENERATED_BLOCKS)


# Cached by text: every check after a save reads the same unchanged pages again.
@functools.lru_cache(maxsize=1024)
def markers_of(markdown: str) -> tuple[tuple[int, str, bool], ...]:
    """(line, name, alone on its line) of every known marker outside code, and unknown ones as (line, body, False)
    with the name prefixed by '?'."""
    found = []
    lines = dict(prose_lines(markdown))
    text = "\n".join(lines.values())
    for match in _COMMENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        body = " ".join(match["body"].split())
        if body in GENERATED_BLOCKS:
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            alone = not text[line_start:match.start()].strip() and not text[match.end():line_end].strip()
            found.append((line, body, alone))
        elif _looks_like_a_marker(body):
            found.append((line, "?" + body, False))
    return tuple(found)


def marker_problems(docs_dir: Path, shown_docs: str = "docs") -> list[Problem]:
    problems: list[Problem] = []
    docs_dir = Path(docs_dir)
    per_page: dict[str, dict[str, tuple[str, list[tuple[int, str]]]]] = {}
    for lang in LANGUAGES:
        for path in sorted((docs_dir / lang).rglob("*.md")):
            text = read_text(path)
            if text is None:
                continue  # not UTF-8 text: the check of the files reports it
            page = path.relative_to(docs_dir / lang).as_posix()
            shown = f"{shown_docs}/{lang}/{page}"
            known, seen = [], {}
            for line, name, alone in markers_of(text):
                if name.startswith("?"):
                    problems.append(_unknown(shown, line, name[1:]))
                    continue
                if not alone:
                    problems.append(Problem(shown, line, f"the marker <!-- {name} --> shares its line with other text",
                                            "put the marker alone on a line of its own, with blank lines around it"))
                    continue
                if name in seen:
                    problems.append(Problem(shown, line, f"the marker <!-- {name} --> appears again (first at line {seen[name]})",
                                            "each generated block once on a page"))
                    continue
                seen[name] = line
                known.append((line, name))
            per_page.setdefault(page, {})[lang] = (shown, known)
    for page, languages in sorted(per_page.items()):
        problems += _compare_languages(languages)
    return problems


def _unknown(shown: str, line: int, body: str) -> Problem:
    guess = difflib.get_close_matches(_normalised(body), GENERATED_BLOCKS, n=1, cutoff=0.6)
    hint = f"did you mean <!-- {guess[0]} -->? " if guess else ""
    return Problem(shown, line, f"unknown marker <!-- {body} -->", f"{hint}markers are {ALLOWED}")


def _compare_languages(languages: dict) -> list[Problem]:
    problems = []
    for d in differences(languages):
        for name in d.missing:
            problems.append(Problem(d.shown, None, f"the marker <!-- {name} --> is missing",
                                    f"{d.reference_shown} has it: every language shows the same generated blocks"))
        for line, name in d.extra:
            problems.append(Problem(d.shown, line, f"the marker <!-- {name} --> is not on {d.reference_shown}",
                                    "every language shows the same generated blocks: add it there too, or remove it"))
    return problems


def _normalised(body: str) -> str:
    return re.sub(r"[\s_]+", "-", body.strip().lower())


def _looks_like_a_marker(body: str) -> bool:
    """A comment meant as a marker: close to a known one, in a marker family (``curriculum:…``) or one word;
    a comment of several words is a note to other authors."""
    normalised = _normalised(body)
    return bool(difflib.get_close_matches(normalised, GENERATED_BLOCKS, n=1, cutoff=0.75)
                or _FAMILY.match(body.strip().lower()) or _ONE_WORD.match(normalised) and " " not in body.strip())


def in_code(markdown: str) -> set[int]:
    """Numbers of the lines where a marker would be an example in code, not a marker."""
    return {number for number, line in prose_lines(markdown) if "<!--" not in line}
