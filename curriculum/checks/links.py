"""Links between pages, checked before any build and at their line: a relative link leads to a page or a file that
exists, and its ``#anchor`` to an id that page has — a heading's ``{ #id }``, an id written in it, or one that a
generated block of that page carries (a semester of the study plan, a glossary concept, an act of the register).

Links in code are examples and are not checked; links to other sites are not followed (no network at check time).
"""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from curriculum.checks.markers import markers_of
from curriculum.glossary.termbase import Glossary
from curriculum.languages import LANGUAGES
from curriculum.legal.citations import prose_lines
from curriculum.model.problems import Problem
from curriculum.model.records import Curriculum
from curriculum.model.schema import SCHEMAS
from curriculum.model.sources import read_text

_INLINE = re.compile(r"\]\(\s*(?P<url><[^>\n]*>|[^)\s]+)")
_REFERENCE = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s*(?P<url><[^>\n]*>|\S+)")
_HTML_URL = re.compile(r"""\b(?:href|src)\s*=\s*(?P<quote>["'])(?P<url>.*?)(?P=quote)""", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_ATTR_ID = re.compile(r"\{[^}\n]*?#(?P<id>[^\s}]+)[^}\n]*\}")
_HTML_ID = re.compile(r"""\b(?:id|name)\s*=\s*(?P<quote>["'])(?P<id>[^"']+)(?P=quote)""", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\^(?P<label>[^\]\s]+)\]")
_MARKUP = re.compile(r"[*_`]|\[(?P<text>[^\]]*)\]\([^)]*\)")

ALLOWED_LINK = "a relative path to a page's .md file (e.g. ../courses/lsg2105.md), or a full https:// address"


@dataclass(frozen=True)
class Link:
    line: int
    url: str
    html: bool = False  # written in an HTML tag, which the build does not adjust


@functools.lru_cache(maxsize=1024)
def links_in(markdown: str) -> tuple[Link, ...]:
    """Every link target of a page outside code: Markdown links and images, reference definitions, HTML href/src."""
    found = []
    for number, line in prose_lines(markdown):
        for pattern in (_INLINE, _REFERENCE, _HTML_URL):
            for match in pattern.finditer(line):
                found.append(Link(number, match["url"].strip().strip("<>"), html=pattern is _HTML_URL))
    return tuple(found)


def heading_id(text: str) -> str:
    """The id the build gives a heading without an explicit one (Markdown's toc with pymdownx's Unicode slugs)."""
    from pymdownx.slugs import slugify

    plain = _MARKUP.sub(lambda m: m["text"] or "", text)
    return slugify(case="lower")(plain, "-")


@functools.lru_cache(maxsize=1024)
def page_anchors(markdown: str) -> frozenset[str]:
    """The ids a page written in Markdown has, before its generated blocks."""
    anchors = set()
    for _, line in prose_lines(markdown):
        heading = _HEADING.match(line)
        explicit = [m["id"] for m in _ATTR_ID.finditer(line)]
        anchors.update(explicit)
        if heading and not explicit:
            anchors.add(heading_id(heading["text"]))
        anchors.update(m["id"] for m in _HTML_ID.finditer(line))
        for footnote in _FOOTNOTE.finditer(line):
            anchors.update((f"fn:{footnote['label']}", f"fnref:{footnote['label']}"))
    return frozenset(anchors)


def block_anchors(name: str, curriculum: Curriculum | None, glossary: Glossary | None) -> set[str] | None:
    """The ids a generated block carries (the same in every language); None when the data to know them is missing."""
    if name == "curriculum:structure":
        return None if curriculum is None else {f"semester-{n}" for n in range(1, curriculum.programme.semesters + 1)} | {"standard"}
    if name == "curriculum:outcomes":
        return None if curriculum is None else {"list", "matrix"} | {o.id.lower() for o in curriculum.programme.outcomes}
    if name == "curriculum:prerequisites":
        return {"text-version", "graph-title", "graph-desc", "arrow"}
    if name == "curriculum:pathway-plan":
        if curriculum is None:
            return None
        return set() if curriculum.pathway is None else {f"pathway-semester-{t.semester}" for t in curriculum.pathway.terms}
    if name == "curriculum:pathway-recognition":
        return {"evidence"}
    if name == "curriculum:schema":
        return {f"fields-{schema}" for schema in SCHEMAS}
    if name == "legal:framework":
        if curriculum is None:
            return None
        groups = {"in-force": ("in-force",), "draft": ("draft", "not-adopted"), "historical": ("superseded", "repealed", "expired")}
        present = {group for group, statuses in groups.items() if any(a.status in statuses for a in curriculum.acts.values())}
        return present | {f"act-{act_id}" for act_id in curriculum.acts}
    if name == "glossary:index":
        if glossary is None:
            return None
        letters = {lang: {_first_letter(c.terms[lang].term) for c in glossary.concepts.values()} for lang in LANGUAGES}
        most = max((len(found) for found in letters.values()), default=0)
        return set(glossary.concepts) | {f"letter-{n}" for n in range(1, most + 1)}
    return set()


def _first_letter(term: str) -> str:
    return next((character.upper() for character in term if character.isalpha()), "#")


def link_problems(docs_dir: Path, curriculum: Curriculum | None = None, glossary: Glossary | None = None,
                  shown_docs: str = "docs") -> list[Problem]:
    """Every link to a page or file that does not exist, or to an anchor its page does not have."""
    docs_dir = Path(docs_dir)
    texts: dict[str, str] = {}
    for lang in LANGUAGES:
        for path in sorted((docs_dir / lang).rglob("*.md")):
            text = read_text(path)
            if text is not None:
                texts[path.relative_to(docs_dir).as_posix()] = text
    anchors: dict[str, set[str] | None] = {}

    def anchors_of(page: str) -> set[str] | None:
        if page not in anchors:
            found: set[str] | None = page_anchors(texts[page])
            for _, name, _ in markers_of(texts[page]):
                generated = block_anchors(name, curriculum, glossary) if not name.startswith("?") else set()
                found = None if generated is None or found is None else found | generated
            anchors[page] = found
        return anchors[page]

    problems = []
    for page, text in texts.items():
        shown = f"{shown_docs}/{page}"
        for link in links_in(text):
            problems += _check(link, page, shown, docs_dir, texts, anchors_of, shown_docs)
    return problems


def _check(link: Link, page: str, shown: str, docs_dir: Path, texts: dict[str, str],
           anchors_of: Callable[[str], set[str] | None], shown_docs: str) -> list[Problem]:
    url = link.url
    if not url or _SCHEME.match(url) or url.startswith("//"):
        return []  # another site, mail, or a scheme the check of the page's markup judges
    path, _, fragment = url.partition("#")
    path = unquote(path.partition("?")[0])
    if link.html and path:
        # MkDocs publishes docs/kk/a.md as a/index.html and adjusts Markdown links to that; not an HTML tag's.
        return [Problem(shown, link.line, f"the link '{url}' is written in an HTML tag, which the build does not adjust "
                                          "to where the page is published", "write it in Markdown: [words](page.md) or "
                                                                            "![description](picture.png)")]
    if path.startswith("/"):
        return [Problem(shown, link.line, f"the link '{url}' starts at the server's root, which breaks under the "
                                          "site's address (…/curriculum/2026/…)", ALLOWED_LINK)]
    if not path:
        target = page
    else:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
        if target.startswith("../") or target == "..":
            return [Problem(shown, link.line, f"the link '{url}' leads outside docs/", ALLOWED_LINK)]
        file = docs_dir / target
        if file.is_dir() or path.endswith("/"):
            index = posixpath.join(target, "index.md")
            if index in texts:
                return [Problem(shown, link.line, f"the link '{url}' leads to a folder",
                                f"link to its page: {posixpath.relpath(index, posixpath.dirname(page))}")]
            return [Problem(shown, link.line, f"the link '{url}' leads to a folder without a page", ALLOWED_LINK)]
        if not file.is_file():
            guess = _closest(target, texts)
            hint = f"did you mean {posixpath.relpath(guess, posixpath.dirname(page))}? " if guess else ""
            return [Problem(shown, link.line, f"the link '{url}' leads to {shown_docs}/{target}, which does not exist",
                            f"{hint}{ALLOWED_LINK}")]
    if not fragment or target not in texts:
        return []
    fragment = unquote(fragment)
    known = anchors_of(target)
    if known is None or fragment in known:
        return []
    where = "this page" if target == page else f"{shown_docs}/{target}"
    guess = difflib.get_close_matches(fragment, sorted(known), n=1, cutoff=0.6)
    hint = f"did you mean #{guess[0]}? " if guess else ""
    return [Problem(shown, link.line, f"the link '{url}' names the anchor #{fragment}, which {where} does not have",
                    f"{hint}an anchor is the {{ #id }} of a heading of that page")]


def _closest(target: str, pages: Iterable[str]) -> str | None:
    guess = difflib.get_close_matches(target, sorted(pages), n=1, cutoff=0.8)
    return guess[0] if guess else None
