"""What the MkDocs hooks need, as plain functions: load once per change, render a page's markdown."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from curriculum.blocks import CURRICULUM_BLOCKS, expand_markers
from curriculum.model import Curriculum
from curriculum.problems import ProblemsFound
from curriculum.project import Project
from curriculum.render import Links, course_summary

_loaded: dict[Path, tuple[tuple, Curriculum]] = {}


def _signature(root: Path) -> tuple:
    """Changes to any data or page file invalidate the cache (mkdocs serve rebuilds in one process)."""
    files = [*sorted((root / "data").rglob("*")), *sorted((root / "docs").rglob("*.md"))]
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file())


def checked_curriculum(root: Path) -> Curriculum:
    """The curriculum after every check has passed; otherwise ProblemsFound with all problems."""
    root = Path(root).resolve()
    signature = _signature(root)
    cached = _loaded.get(root)
    if cached and cached[0] == signature:
        return cached[1]
    project = Project(root)
    problems = project.check()
    if problems:
        raise ProblemsFound(problems)
    curriculum, _ = project.load()
    _loaded[root] = (signature, curriculum)
    return curriculum


def render_course_page(markdown: str, curriculum: Curriculum, code: str, lang: str, page_url: str) -> str:
    """A course page opens with its title and the summary box from data, then its own prose."""
    course = curriculum.courses[code]
    summary = course_summary(curriculum, course, lang, Links(page_url))
    return f"# {course.title[lang]}\n\n{summary}\n\n{markdown}"


def render_blocks(markdown: str, curriculum: Curriculum, lang: str, page_url: str) -> str:
    links = Links(page_url)
    renderers = {name: partial(render, curriculum, lang, links) for name, render in CURRICULUM_BLOCKS.items()}
    return expand_markers(markdown, renderers)
