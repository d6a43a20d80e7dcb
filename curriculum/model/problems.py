"""Problems found in contributors' files, reported all at once as ``path:line: what — allowed``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int | None
    message: str
    allowed: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message}"
        return f"{text} — {self.allowed}" if self.allowed else text


def _sort_key(problem: Problem) -> tuple:
    return (problem.path, problem.line or 0, problem.message)


def format_problems(problems: Iterable[Problem]) -> str:
    ordered = sorted(set(problems), key=_sort_key)
    lines = [str(problem) for problem in ordered]
    noun = "problem" if len(lines) == 1 else "problems"
    return "\n".join([f"{len(lines)} {noun} found:", *lines])


class ProblemsFound(Exception):
    """Raised once, after every check has run, with every problem found."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems), key=_sort_key)
        super().__init__(format_problems(self.problems))
