"""Contributor commands: ``python -m curriculum check`` runs every check without building the site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from curriculum.problems import format_problems
from curriculum.project import Project


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="curriculum", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository root")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check data and pages; print every problem as path:line")
    options = parser.parse_args(argv)

    project = Project(options.root)
    problems = project.check()
    if problems:
        print(format_problems(problems), file=sys.stderr)
        return 1
    print("curriculum: all checks passed")
    return 0
