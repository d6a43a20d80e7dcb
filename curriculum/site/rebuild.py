"""What a save during `mkdocs serve` rebuilds first, and how the full build then catches up.

A page lives in one language's folder and is rendered by that language's build alone: its language is rebuilt
first, and only the pages changed since it was last written, so the reader sees the edit in about two seconds.
The full build (every language, the search index, the pages that list or link the edited one) follows in the
background into a folder of its own, which then replaces the served site file by file. Anything else — data,
the theme, the configuration, the site's own assets — changes many pages at once and is rebuilt in full.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path


def languages_to_rebuild(changed: Iterable[str], docs_dir: Path, languages: Sequence[str]) -> list[str] | None:
    """The languages whose builds cover every changed file, in the order to build them; None when a change
    reaches beyond one language's pages (a full build is needed). Editors' hidden and backup files are no change."""
    docs_dir = Path(docs_dir).resolve()
    found: list[str] = []
    for name in changed:
        path = Path(name).resolve()
        if path.name.startswith(".") or path.name.endswith("~"):
            continue
        try:
            relative = path.relative_to(docs_dir)
        except ValueError:
            return None
        if len(relative.parts) < 2 or relative.parts[0] not in languages:
            return None
        if relative.parts[0] not in found:
            found.append(relative.parts[0])
    return found or None


def sync_tree(source: Path, target: Path) -> int:
    """Make ``target`` hold exactly what ``source`` holds, replacing each changed file atomically (the server
    may be reading it); returns how many files changed."""
    source, target = Path(source), Path(target)
    wanted = {path.relative_to(source) for path in source.rglob("*") if path.is_file()}
    changed = 0
    for relative in sorted(wanted):
        data = (source / relative).read_bytes()
        destination = target / relative
        if destination.is_file() and destination.read_bytes() == data:
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=destination.parent, prefix=".sync-")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, destination)
        changed += 1
    for path in sorted(target.rglob("*"), reverse=True):
        relative = path.relative_to(target)
        if path.is_file() and relative not in wanted:
            path.unlink()
            changed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return changed
