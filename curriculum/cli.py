"""Contributor commands: ``python -m curriculum check`` runs every check without building the site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from curriculum.problems import format_problems
from curriculum.project import Project
from curriculum.scaffold import scaffold_course


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="curriculum", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository root")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check data and pages; print every problem as path:line")
    new_course = commands.add_parser("new-course", help="create a course record and page stubs in kk, ru, en")
    new_course.add_argument("code", help="the new course's code, e.g. LSG2105")
    options = parser.parse_args(argv)

    if options.command == "new-course":
        return _new_course(options.root, options.code)
    project = Project(options.root)
    problems = project.check()
    if problems:
        print(format_problems(problems), file=sys.stderr)
        return 1
    print("curriculum: all checks passed")
    return 0


def _new_course(root: Path, code: str) -> int:
    try:
        created = scaffold_course(root, code)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    for path in created:
        print(f"created {path.relative_to(root)}")
    if not created:
        print(f"{code}: the record and all three pages exist already; nothing created")
    print("next: fill in the record and the pages, then run python3 dev.py check")
    return 0
