"""Whether each translation is up to date with its Kazakh source.

Kazakh is the source language. A Russian or English page records in its front matter the hash of the
Kazakh page it was translated from (``source_hash: 3f2a…``). When the Kazakh text changes, the hashes
differ and the translation is *stale* until a translator updates it and records the new hash
(``python3 dev.py translated docs/ru/…``). A hash in the file survives shallow clones, unlike dates
from git history.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from curriculum.languages import DEFAULT_LANGUAGE, LANGUAGES
from curriculum.model.sources import read_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_HASH_LINE = re.compile(r"^source_hash:\s*(\S+)\s*$", re.MULTILINE)

SOURCE, CURRENT, STALE, UNTRACKED, MISSING = "source", "current", "stale", "untracked", "missing"


def body_of(text: str) -> str:
    front = _FRONT_MATTER.match(text)
    return text[front.end():] if front else text


def source_hash(text: str) -> str:
    """Hash of a page's body with whitespace folded: reflowing a paragraph is not a change of meaning."""
    folded = " ".join(body_of(text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:12]


def recorded_hash(text: str) -> str | None:
    front = _FRONT_MATTER.match(text)
    found = _HASH_LINE.search(front.group(1)) if front else None
    return found.group(1).strip("'\"") if found else None


@dataclass(frozen=True)
class PageStatus:
    page: str               # path within a language folder, e.g. "courses/lsg2105.md"
    states: dict            # language -> SOURCE | CURRENT | STALE | UNTRACKED | MISSING


def translation_status(docs_dir: Path) -> list[PageStatus]:
    docs_dir = Path(docs_dir)
    pages = sorted({p.relative_to(docs_dir / lang).as_posix()
                    for lang in LANGUAGES for p in (docs_dir / lang).rglob("*.md")})
    result = []
    for page in pages:
        source_file = docs_dir / DEFAULT_LANGUAGE / page
        source_text = read_text(source_file) if source_file.exists() else None
        current = source_hash(source_text) if source_text is not None else None
        states = {}
        for lang in LANGUAGES:
            path = docs_dir / lang / page
            if not path.exists():
                states[lang] = MISSING
            elif lang == DEFAULT_LANGUAGE:
                states[lang] = SOURCE
            else:
                recorded = recorded_hash(read_text(path) or "")
                states[lang] = UNTRACKED if recorded is None else CURRENT if recorded == current else STALE
        result.append(PageStatus(page, states))
    return result


def mark_translated(path: Path, docs_dir: Path) -> str:
    """Record in a translation the hash of its Kazakh source as it is now; returns the hash."""
    path, docs_dir = Path(path).resolve(), Path(docs_dir).resolve()
    relative = path.relative_to(docs_dir)
    lang, page = relative.parts[0], Path(*relative.parts[1:])
    if lang == DEFAULT_LANGUAGE or lang not in LANGUAGES:
        raise ValueError(f"{relative}: only translations ({', '.join(l for l in LANGUAGES if l != DEFAULT_LANGUAGE)})"
                         " record a source hash; the Kazakh page is the source")
    source = docs_dir / DEFAULT_LANGUAGE / page
    if not source.exists():
        raise ValueError(f"{relative}: its Kazakh source docs/{DEFAULT_LANGUAGE}/{page.as_posix()} does not exist")
    source_text, text = read_text(source), read_text(path)
    for unreadable, text_read in ((source, source_text), (path, text)):
        if text_read is None:
            raise ValueError(f"{unreadable.relative_to(docs_dir.parent)}: not UTF-8 text — save the file as UTF-8")
    new_hash = source_hash(source_text)
    front = _FRONT_MATTER.match(text)
    if front is None:
        text = f"---\nsource_hash: {new_hash}\n---\n\n{text}"
    elif _HASH_LINE.search(front.group(1)):
        block = _HASH_LINE.sub(f"source_hash: {new_hash}", front.group(1))
        text = f"---\n{block}\n---\n" + text[front.end():]
    else:
        text = f"---\n{front.group(1)}\nsource_hash: {new_hash}\n---\n" + text[front.end():]
    path.write_text(text, encoding="utf-8")
    return new_hash
