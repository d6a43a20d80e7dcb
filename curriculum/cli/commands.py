"""Contributor commands: ``python -m curriculum check`` runs every check without building the site."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from curriculum.legal.review import review_report
from curriculum.model.problems import format_problems
from curriculum.checks.project import Project
from curriculum.languages import LANGUAGES
from curriculum.cli.scaffold import scaffold_course
from curriculum.checks.spelling import check_spelling, summary as spelling_summary
from curriculum.language.translation_status import STALE, mark_translated, translation_status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="curriculum", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository root")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check data and pages; print every problem as path:line")
    new_course = commands.add_parser("new-course", help="create a course record and page stubs in kk, ru, en")
    new_course.add_argument("code", help="the new course's code, e.g. LSG2105")
    translated = commands.add_parser("translated", help="record that translations are up to date with their Kazakh source")
    translated.add_argument("pages", nargs="+", type=Path, help="translation files, e.g. docs/ru/courses/lsg2105.md")
    spelling = commands.add_parser("spelling", help="misspellings per language with path:line and a rate per 1,000 words")
    spelling.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language (repeatable)")
    options = parser.parse_args(argv)

    if options.command == "spelling":
        return _spelling(options.root, options.lang or list(LANGUAGES))
    if options.command == "new-course":
        return _new_course(options.root, options.code)
    if options.command == "translated":
        return _translated(options.root, options.pages)
    project = Project(options.root)
    content, problems = project.load_and_check()
    _report_stale(project.docs_dir)
    if content is not None:
        report = review_report(content.curriculum.acts, datetime.date.today())
        if report:
            print(report)
    if problems:
        print(format_problems(problems), file=sys.stderr)
        return 1
    print("curriculum: all checks passed")
    return 0


def _report_stale(docs_dir: Path) -> None:
    """Stale translations are reported, not errors: the Kazakh text moved on and a translator is needed."""
    stale = [f"docs/{lang}/{status.page}" for status in translation_status(docs_dir)
             for lang, state in status.states.items() if state == STALE]
    if stale:
        print(f"{len(stale)} translation(s) older than their Kazakh source (see /contributing/translation-status/):")
        for path in stale:
            print(f"  {path} — update it, then: python3 dev.py translated {path}")


def _translated(root: Path, pages: list[Path]) -> int:
    failed = 0
    for page in pages:
        try:
            new_hash = mark_translated(page if page.is_absolute() else root / page, root / "docs")
            print(f"{page}: up to date with its Kazakh source (source_hash: {new_hash})")
        except (ValueError, OSError) as error:
            print(error, file=sys.stderr)
            failed = 1
    return failed


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


def _spelling(root: Path, languages: list[str]) -> int:
    content, problems = Project(root).load()
    if content is None:
        print(format_problems(problems), file=sys.stderr)
        return 1
    reports = [check_spelling(root, content.glossary, lang) for lang in languages]
    print(spelling_summary(reports))
    return 1 if any(report.unknown for report in reports) else 0
