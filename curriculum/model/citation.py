"""CITATION.cff, the programme's citation metadata, as the site reads it: the version year and the licence.

GitHub and reference managers read the whole file; the passport's "How to cite" line (curriculum/site/) takes its
year from here, unless the build is a published intake year, whose own year it shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from curriculum.model.licence import CONTENT
from curriculum.model.problems import Problem
from curriculum.model.yamlsource import Mapping, load_yaml

FILE = "CITATION.cff"
_YEAR = re.compile(r"^20\d\d$")


@dataclass(frozen=True)
class Citation:
    version: str  # the programme's version year, e.g. "2026"


def load_citation(root: Path) -> tuple[Citation | None, list[Problem]]:
    """The citation metadata, and every problem with the fields the site relies on."""
    path = Path(root) / FILE
    if not path.exists():
        return None, [Problem(FILE, None, "file is missing", "restore it from the repository: it says how to cite the programme")]
    raw, problems = load_yaml(path, FILE)
    if problems:
        return None, problems
    if not isinstance(raw, Mapping):
        return None, [Problem(FILE, 1, "the file is not a mapping", "Citation File Format 1.2.0: 'key: value' lines")]
    version = raw.get("version")
    version = str(version) if isinstance(version, (str, int)) and not isinstance(version, bool) else None
    checks = [
        (raw.get("cff-version") == "1.2.0", "cff-version", f"cff-version is {raw.get('cff-version')!r}", "1.2.0"),
        (isinstance(raw.get("title"), str) and raw["title"].strip(), "title", "the title is missing", "the programme's title"),
        (isinstance(raw.get("authors"), list) and raw["authors"], "authors", "no authors are named",
         "a list of authors, e.g. '- name: …' for a group"),
        (version is not None and _YEAR.match(version), "version", f"version is {raw.get('version')!r}",
         "the programme's version year in quotes, e.g. \"2026\""),
        (raw.get("license") == CONTENT.spdx, "license", f"license is {raw.get('license')!r}",
         f"{CONTENT.spdx}: the content's licence (LICENSE-CONTENT)"),
    ]
    problems = [Problem(FILE, raw.line_of(key), what, allowed) for ok, key, what, allowed in checks if not ok]
    if problems:
        return None, problems
    return Citation(version=version), []
