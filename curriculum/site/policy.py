"""The Content Security Policy of every page, as a ``<meta http-equiv>`` (GitHub Pages sends no headers).

A page may run only the site's own script and style files, and the inline scripts and styles it was built with —
each allowed by the SHA-256 of its exact text, computed here from the finished page. So a script added to the
theme or a template (by this project or by Material) keeps working without a list kept by hand, and a script
that reaches a page any other way — a value from data that escaped escaping, a handler attribute, a
``javascript:`` link — is refused by the browser. No other origin is allowed for anything.

``'wasm-unsafe-eval'`` lets the search engine (Pagefind) compile its WebAssembly; it allows no JavaScript ``eval``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

META_NAME = "Content-Security-Policy"
FIXED_DIRECTIVES = (
    ("default-src", "'none'"),
    ("img-src", "'self' data:"),   # Material's icons are data: URIs in its stylesheet
    ("font-src", "'self'"),
    ("connect-src", "'self'"),     # the search index, versions.json of the version selector
    ("worker-src", "'self'"),      # the search engine's worker
    ("manifest-src", "'self'"),
    ("media-src", "'self'"),
    ("form-action", "'self'"),
    ("base-uri", "'self'"),
)
_SCRIPT = re.compile(r"<script\b(?P<attributes>[^>]*)>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style\b[^>]*>(?P<body>.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?(?P<type>[^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_EXISTING = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?')
_CHARSET = re.compile(r"<meta charset=[^>]*>\n?", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>\n?", re.IGNORECASE)
_TAG = re.compile(r"""<[A-Za-z][A-Za-z0-9:-]*(?P<attributes>(?:"[^"]*"|'[^']*'|[^'">])*)>""")
# One attribute at a time, its quoted value consumed whole: a name inside another attribute's value is text.
_ATTRIBUTE = re.compile(r"""\s+(?P<name>[^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")
# Script types the browser runs; any other (application/json, text/template) is data, not script.
_RUNNABLE = {"", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"}


@dataclass(frozen=True)
class Inline:
    scripts: tuple[str, ...]
    styles: tuple[str, ...]


def inline_code(html: str) -> Inline:
    """The text of every inline script the browser would run, and of every inline style element."""
    scripts = []
    for match in _SCRIPT.finditer(html):
        if _SRC.search(match["attributes"]):
            continue
        kind = _TYPE.search(match["attributes"])
        if (kind["type"].lower() if kind else "") in _RUNNABLE:
            scripts.append(match["body"])
    return Inline(tuple(scripts), tuple(m["body"] for m in _STYLE.finditer(html)))


def source_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def policy_for(html: str) -> str:
    """The policy of one finished page."""
    inline = inline_code(html)
    scripts = " ".join(["'self'", "'wasm-unsafe-eval'", *sorted({source_hash(s) for s in inline.scripts})])
    styles = " ".join(["'self'", *sorted({source_hash(s) for s in inline.styles})])
    directives = [FIXED_DIRECTIVES[0], ("script-src", scripts), ("style-src", styles), *FIXED_DIRECTIVES[1:]]
    return "; ".join(f"{name} {value}" for name, value in directives)


def with_policy(html: str) -> str:
    """The page with its policy first in its head (right after the charset), replacing any earlier one; a
    document that is not an HTML page comes back as it was."""
    page = _EXISTING.sub("", html)
    anchor = _CHARSET.search(page) or _HEAD.search(page)
    if anchor is None:
        return html
    meta = f'<meta http-equiv="{META_NAME}" content="{policy_for(page)}">\n'
    return page[:anchor.end()] + meta + page[anchor.end():]


def blocked_inline_attributes(html: str) -> list[str]:
    """Event-handler and style attributes: the policy refuses them, so a template must not rely on one."""
    found = []
    for tag in _TAG.finditer(_SCRIPT.sub("", html)):
        for attribute in _ATTRIBUTE.finditer(tag["attributes"]):
            name = attribute["name"].lower()
            if name.startswith("on") or name == "style":
                found.append(f"{name}= in {tag.group()[:80]}")
    return found


def apply_to_folder(folder: Path) -> int:
    """Give every HTML file under ``folder`` its policy as it is now (a file written after its page was rendered
    included); returns how many files changed."""
    changed = 0
    for path in sorted(Path(folder).rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        updated = with_policy(text)
        if updated != text:
            path.write_text(updated, encoding="utf-8")
            changed += 1
    return changed
