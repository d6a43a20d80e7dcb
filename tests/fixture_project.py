"""A miniature, valid project (tests/fixtures/minimal) copied into a temporary folder, to break on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

from curriculum.checks.project import Project
from curriculum.cli.scaffold import scaffold_course

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = Path(__file__).resolve().parent / "fixtures" / "minimal"


def make_project(target: Path) -> Path:
    """Data from the fixture, labels and the citation file from the repository, course pages from the scaffold."""
    shutil.copytree(MINIMAL, target, dirs_exist_ok=True)
    shutil.copy(ROOT / "data" / "labels.yml", target / "data" / "labels.yml")
    shutil.copy(ROOT / "CITATION.cff", target / "CITATION.cff")
    for record in sorted((target / "data" / "courses").glob("*.yml")):
        scaffold_course(target, record.stem)
    return target


# The real pages a small site needs besides its course pages (the real nav lists them).
SKELETON = ["index.md", "programme/index.md", "programme/structure.md", "programme/outcomes.md",
            "programme/prerequisites.md", "programme/legal-framework.md", "programme/pathway.md", "courses/index.md",
            "glossary/index.md", "contributing/index.md", "contributing/data.md", "contributing/translation-status.md",
            "adopt.md"]


def make_site(target: Path) -> Path:
    """The fixture project as a site: the real configuration, hooks, theme, glossary, legal register and pages."""
    make_project(target)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("hooks", "overrides", "docs/assets"):
        shutil.copytree(ROOT / folder, target / folder, dirs_exist_ok=True)
    for lang in ("kk", "ru", "en"):
        for page in SKELETON:
            destination = target / "docs" / lang / page
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / "docs" / lang / page, destination)
        # The real passport links to real courses the fixture does not have; the stub keeps the headings
        # the home and adoption pages link to.
        (target / "docs" / lang / "programme" / "index.md").write_text(
            "# Passport\n\n<!-- curriculum:passport-facts -->\n\n<!-- curriculum:how-to-cite -->\n\n"
            "<!-- grading-scale -->\n\n"
            "## Graduate { #graduate }\n\n## Pathways { #pathways }\n\n## Code { #code }\n", encoding="utf-8")
    shutil.copytree(ROOT / "data" / "glossary", target / "data" / "glossary", dirs_exist_ok=True)
    shutil.copy(ROOT / "data" / "legal-acts.yml", target / "data" / "legal-acts.yml")
    return target


def problems(root: Path) -> list[str]:
    """Every message `dev.py check` gives for the project, sorted."""
    return sorted(str(p) for p in Project(root).check())


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
