"""Nothing a contributor writes in a page runs as script: no ``<script>``, no ``on…=`` event handler (in an HTML
tag or a Markdown ``{ attribute list }``), no ``javascript:`` link, none of the elements that embed or restyle
other content, in a page or in an SVG image beside it.

The site's own scripts live in docs/assets/ and are the maintainers'; the Content Security Policy of every page
(curriculum/site/policy.py) refuses inline script anyway — this check says so at the line, so that nothing a
contributor writes silently does nothing. Markup in code (fences and `backticks`) is an example and is allowed.
"""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.legal.citations import prose_lines
from curriculum.model.problems import Problem
from curriculum.model.sources import read_text

# Elements that run script, embed another document, or change the page's head or styles.
ACTIVE_ELEMENTS = ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
                   "base", "form")
# In an SVG image the styles are the image's own; what runs or embeds is not.
ACTIVE_IN_SVG = ("script", "iframe", "frame", "object", "embed", "foreignobject")
_TAG = re.compile(r"<(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attributes>(?:\"[^\"]*\"|'[^']*'|[^'\">])*)>?")
_ATTRIBUTE_LIST = re.compile(r"\{:?(?P<attributes>[^{}\n]*)\}")
_HANDLER = re.compile(r"(?:^|[\s\"'/])(?P<name>on[a-z]+)\s*=", re.IGNORECASE)
_STYLE = re.compile(r"(?:^|[\s\"'/])style\s*=", re.IGNORECASE)
_URL_ATTRIBUTE = re.compile(r"""\b(?:href|src|action|formaction|xlink:href|data)\s*=\s*(?:"(?P<q2>[^"]*)"|'(?P<q1>[^']*)'|(?P<bare>[^\s>]+))""",
                            re.IGNORECASE)
_MARKDOWN_URL = re.compile(r"\]\(\s*(?P<url><[^>\n]*>|[^)\s]+)|^\s{0,3}\[[^\]]+\]:\s*(?P<reference>\S+)|<(?P<auto>[A-Za-z]+:[^>\s]+)>")
_SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:application/xhtml", "data:image/svg")

NO_SCRIPT = "pages hold text and Markdown; the site's scripts are its own files in docs/assets/ (ask a maintainer)"


def is_script_url(url: str) -> bool:
    """A URL that runs script when followed, however it is spelt (entities, case, spaces, control characters)."""
    plain = re.sub(r"[\s\x00-\x1f]+", "", html.unescape(url)).lower()
    return plain.startswith(_SCRIPT_SCHEMES)


@functools.lru_cache(maxsize=1024)
def markup_problems_in(text: str, shown: str, *, markdown: bool = True) -> tuple[Problem, ...]:
    """Script, event handlers, script links, embedding elements and inline styles in one page (or SVG file)."""
    problems = []
    lines = prose_lines(text) if markdown else enumerate(text.split("\n"), start=1)
    for number, line in lines:
        for tag in _TAG.finditer(line):
            name = tag["name"].lower()
            if name in (ACTIVE_ELEMENTS if markdown else ACTIVE_IN_SVG):
                problems.append(Problem(shown, number, f"a <{name}> element", NO_SCRIPT if name == "script" else
                                        "pages hold text, links and images; no element that embeds another document, "
                                        "sends a form or changes the page's head or styles"))
            problems += _attribute_problems(tag["attributes"], shown, number, styles=markdown)
        if markdown:
            for attributes in _ATTRIBUTE_LIST.finditer(line):
                problems += _attribute_problems(attributes["attributes"], shown, number)
            for match in _MARKDOWN_URL.finditer(line):
                url = match["url"] or match["reference"] or match["auto"]
                if is_script_url(url.strip("<>")):
                    problems.append(_script_link(shown, number, url.strip("<>")))
    return tuple(problems)


def _attribute_problems(attributes: str, shown: str, number: int, styles: bool = True) -> list[Problem]:
    problems = []
    for handler in _HANDLER.finditer(attributes):
        problems.append(Problem(shown, number, f"an event handler attribute '{handler['name'].lower()}'",
                                "no on… attributes: " + NO_SCRIPT))
    if styles and _STYLE.search(attributes):
        problems.append(Problem(shown, number, "an inline style attribute",
                                "the site's security policy blocks inline styles; ask a maintainer for a class in "
                                "docs/assets/site.css"))
    for url in _URL_ATTRIBUTE.finditer(attributes):
        value = url["q2"] if url["q2"] is not None else url["q1"] if url["q1"] is not None else url["bare"]
        if is_script_url(value):
            problems.append(_script_link(shown, number, value))
    return problems


def _script_link(shown: str, number: int, url: str) -> Problem:
    scheme = url.split(":", 1)[0].strip().lower() or url
    return Problem(shown, number, f"a '{scheme}:' link, which would run script",
                   "links lead to pages (.md), files beside them, or https:// addresses")


def markup_problems(docs_dir: Path, shown_docs: str = "docs") -> list[Problem]:
    problems = []
    for lang in LANGUAGES:
        for path in sorted((Path(docs_dir) / lang).rglob("*")):
            if path.suffix.lower() not in (".md", ".svg") or not path.is_file() or path.name.startswith("."):
                continue
            text = read_text(path)
            if text is None:
                continue  # not UTF-8 text: the check of the files reports it
            shown = f"{shown_docs}/{path.relative_to(docs_dir).as_posix()}"
            problems += markup_problems_in(text, shown, markdown=path.suffix.lower() == ".md")
    return problems
