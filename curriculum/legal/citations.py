"""Citations of legal acts in pages, written as markers that a lecturer can type:

    [[act:budget-code-2025]]                the full citation: official title, date, number
    [[act:budget-code-2025|Бюджет кодексі]]  the author's words, linked to the act
    [[history:constitution-1995]]           an act no longer in force, cited as history
    [[history:constitution-1995|Мәжіліс]]    the author's words, linked to it as history
    [[check]]                               "to be checked", in the page's language

In a Markdown table the bar is written ``\\|``. Markers in code (fences and `backticks`) are examples, not
citations. This module finds them with their lines and reports what is wrong; ``curriculum.site.citations``
renders them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem
from curriculum.model.records import LegalAct
from curriculum.model.sources import read_text

# A marker may wrap onto the next line, as prose is wrapped; it never spans a blank line.
MARKER = re.compile(r"\[\[(?P<body>(?:[^\[\]\n]|\n(?![ \t]*\n))*?)\]\]")
BODY = re.compile(r"^(?P<kind>act|history):(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*\\?\|(?P<words>.*))?$")
ALLOWED = "[[act:id]], [[act:id|words]], [[history:id]], [[history:id|words]] or [[check]], with an id from data/legal-acts.yml"
_FENCE = re.compile(r"^\s*(```|~~~)")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_BLOCK_START = re.compile(r"^\s*(\||[-*+]\s|\d+[.)]\s|#)")
_EDITING_REFERENCE = re.compile(r"\bFACTS\s*§")


@dataclass(frozen=True)
class Citation:
    line: int
    kind: str            # "act", "history" or "check"
    act_id: str | None
    words: str | None    # the author's own words, when given
    text: str            # the marker as written


@dataclass(frozen=True)
class Malformed:
    line: int
    text: str


def parse_marker(body: str) -> tuple[str, str | None, str | None] | None:
    """(kind, act id, words) of a marker's inside, or None when it is not one of the allowed forms."""
    if body.strip() == "check":
        return "check", None, None
    match = BODY.match(" ".join(body.split()))
    if not match:
        return None
    words = match["words"].strip() if match["words"] is not None else None
    if words is not None and not words:
        return None
    return match["kind"], match["id"], words


def prose(markdown: str) -> str:
    """The page with code fences and `code spans` blanked out, lines kept where they were."""
    return "\n".join(line for _, line in prose_lines(markdown))


def prose_lines(markdown: str) -> Iterable[tuple[int, str]]:
    """(line number, text) of every line; code fences and `code spans` are blanked: examples, not prose."""
    in_fence = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            yield number, ""
        elif in_fence:
            yield number, ""
        else:
            yield number, _CODE_SPAN.sub(lambda m: " " * len(m.group()), line)


def find_citations(markdown: str) -> tuple[list[Citation], list[Malformed]]:
    text = prose(markdown)
    line_of = lambda position: text.count("\n", 0, position) + 1
    citations, malformed = [], []
    for match in MARKER.finditer(text):
        parsed = parse_marker(match["body"])
        if parsed is None:
            malformed.append(Malformed(line_of(match.start()), " ".join(match.group().split())))
        else:
            citations.append(Citation(line_of(match.start()), parsed[0], parsed[1], parsed[2], " ".join(match.group().split())))
    rest = MARKER.sub(lambda m: " " * len(m.group()) if "\n" not in m.group() else "\n" * m.group().count("\n"), text)
    for number, line in enumerate(rest.split("\n"), start=1):
        for stray in re.finditer(r"\[\[|\]\]", line):
            fragment = line[stray.start():stray.start() + 40] if stray.group() == "[[" else line[max(0, stray.end() - 40):stray.end()]
            malformed.append(Malformed(number, fragment.strip()))
    return citations, malformed


def blocks(markdown: str) -> list[tuple[int, str]]:
    """The page's blocks as a reader meets them — a paragraph, a list item, a table row, a heading — each with
    its first line: a passage counts as history when its block cites an act as history."""
    found: list[tuple[int, list[str]]] = []
    for number, line in prose_lines(markdown):
        if not line.strip():
            found.append((number, []))
            continue
        if _BLOCK_START.match(line) or not found or not found[-1][1] or found[-1][1][0].lstrip().startswith(("|", "#")):
            found.append((number, [line]))
        else:
            found[-1][1].append(line)
    return [(number, "\n".join(lines)) for number, lines in found if lines]


def form_pattern(form: str) -> re.Pattern:
    """A superseded form found as written or inflected: each word of it may take endings (Мажилис → Мажилиса),
    dashes match any dash, and it never starts inside another word."""
    words = [re.escape(word).replace("–", "[–-]").replace(r"\-", "[–-]") for word in form.split()]
    ending = r"\w*" if form[-1].isalpha() else r"(?!\d)"
    return re.compile(r"(?<!\w)" + r"\w*\s+".join(words) + ending)


def page_problems(markdown: str, shown: str, acts: Mapping[str, LegalAct], lang: str | None) -> list[Problem]:
    """Every problem with the legal citations of one page, and superseded forms outside history."""
    citations, malformed = find_citations(markdown)
    problems = [Problem(shown, m.line, f"'{m.text}' is not a citation marker", ALLOWED) for m in malformed]
    for citation in citations:
        if citation.kind == "check":
            continue
        act = acts.get(citation.act_id)
        if act is not None and act.status == "unreadable":
            continue  # its entry in the register is broken, and reported there
        if act is None:
            problems.append(Problem(shown, citation.line, f"unknown act '{citation.act_id}' in {citation.text}",
                                    "an id from data/legal-acts.yml (the Legal framework page lists them)"))
        elif citation.kind == "act" and act.is_historical:
            instead = f", or cite what replaced it: [[act:{act.replaced_by}]]" if act.replaced_by else ""
            problems.append(Problem(shown, citation.line,
                                    f"{citation.text} cites an act that is no longer in force ({act.status}) as if it were",
                                    f"write [[history:{act.id}…]] where the page tells history{instead}"))
        elif citation.kind == "history" and not act.is_historical:
            problems.append(Problem(shown, citation.line, f"{citation.text} marks an act in force as history",
                                    f"write [[act:{act.id}…]]: data/legal-acts.yml gives its status as {act.status}"))
    for number, line in prose_lines(markdown):
        for match in _EDITING_REFERENCE.finditer(line):
            problems.append(Problem(shown, number, "an editing reference ('FACTS §…') would be shown to readers",
                                    "cite the source itself — an act by [[act:…]], a publication by site and date"))
    if lang:
        problems += superseded_form_problems(markdown, shown, acts, lang)
    return problems


def superseded_form_problems(text: str, shown: str, acts: Mapping[str, LegalAct], lang: str,
                             first_line: int = 1, history_allowed: bool = True) -> list[Problem]:
    problems = []
    for number, block in (blocks(text) if history_allowed else [(1, text)]):
        if history_allowed and "[[history:" in block:
            continue
        for act in acts.values():
            if not act.is_historical:
                continue
            for form in act.superseded_forms.get(lang, ()):
                match = form_pattern(form).search(block)
                if match:
                    line = first_line + number - 1 + block.count("\n", 0, match.start())
                    where = ("in a passage that cites it as history, e.g. "
                             f"[[history:{act.id}|{match.group()}]] — or name what is in force today"
                             if history_allowed else "glossary definitions describe the law in force")
                    problems.append(Problem(shown, line, f"'{match.group()}' belongs to {act.title[lang]} "
                                                         f"({act.status}) and is written as if current", where))
    return problems


def citation_problems(docs_dir: Path, acts: Mapping[str, LegalAct], shown_docs: str = "docs") -> list[Problem]:
    problems = []
    for path in sorted(Path(docs_dir).rglob("*.md")):
        relative = path.relative_to(docs_dir)
        lang = relative.parts[0] if relative.parts[0] in LANGUAGES else None
        text = read_text(path)
        if text is None:
            continue  # not UTF-8 text: the check of the files reports it
        problems += page_problems(text, f"{shown_docs}/{relative.as_posix()}", acts, lang)
    return problems


def cited_acts(markdown: str) -> set[str]:
    return {c.act_id for c in find_citations(markdown)[0] if c.act_id}


def checks_to_do(markdown: str) -> int:
    """How many facts the page marks as still to be checked."""
    return sum(1 for c in find_citations(markdown)[0] if c.kind == "check")
