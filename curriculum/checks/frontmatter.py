"""A page's front matter (the lines between --- at its top): YAML the build can read, with the keys the site uses.

MkDocs drops front matter it cannot parse without a word — a course page then loses its course and its title —
and ignores a key it does not know (``cource:``, ``descripton:``), so each is reported at its line.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem
from curriculum.model.sources import read_text

# Key → what it holds, for the message.
KEYS = {
    "course": "the code of the course the page describes (course pages)",
    "description": "the page's summary for search engines",
    "source_hash": "the Kazakh source a translation matches (written by python3 dev.py translated)",
}
# As MkDocs reads it (mkdocs.utils.meta): --- at the very top, closed by --- or ....
_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
ALLOWED = "allowed keys: " + ", ".join(KEYS)


def front_matter_problems(docs_dir: Path, shown_docs: str = "docs") -> list[Problem]:
    problems = []
    for lang in LANGUAGES:
        for path in sorted((Path(docs_dir) / lang).rglob("*.md")):
            text = read_text(path)
            if text is None:
                continue  # not UTF-8 text: the check of the files reports it
            problems += page_front_matter_problems(text, f"{shown_docs}/{path.relative_to(docs_dir).as_posix()}")
    return problems


def page_front_matter_problems(text: str, shown: str) -> list[Problem]:
    found = _FRONT_MATTER.match(text)
    if found is None:
        return []
    try:
        data = yaml.safe_load(found.group(1))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = min(2 + (mark.line if mark else 0), 1 + found.group(1).count("\n"))  # an error at its end: its last line
        return [Problem(shown, line, f"front matter: YAML syntax error: {error.problem or error}",
                        "one 'key: value' per line; quote a value that contains ': ' or starts with a quote")]
    if data is None:
        return []
    if not isinstance(data, dict):
        return [Problem(shown, 2, "the front matter is not a list of 'key: value' lines", ALLOWED)]
    problems = []
    lines = found.group(1).split("\n")
    for key, value in data.items():
        line = 2 + next((n for n, text_line in enumerate(lines) if text_line.startswith(f"{key}:")), 0)
        if key not in KEYS:
            problems.append(Problem(shown, line, f"unknown front matter key '{key}'", ALLOWED))
        elif not isinstance(value, (str, int, float)) or not str(value).strip():
            problems.append(Problem(shown, line, f"front matter '{key}' is {'empty' if value in (None, '') else 'not text'}",
                                    f"'{key}:' holds {KEYS[key]}, as text"))
    return problems
