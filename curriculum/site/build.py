"""What the MkDocs hooks need, as plain functions: load once per change, render a page's markdown."""

from __future__ import annotations

import datetime
import os
from functools import partial
from pathlib import Path

from curriculum.site.blocks import CURRICULUM_BLOCKS, expand_markers
from curriculum.site.legal_page import legal_framework
from curriculum.site.glossary_page import fill_used_in, glossary_page
from curriculum.model.problems import ProblemsFound
from curriculum.checks.project import CheckMemo, Content, Project
from curriculum.site.render import Links, course_summary, how_to_cite, markdown_text
from curriculum.glossary.termlinks import TermUsage

_loaded: dict[Path, tuple[tuple, Content]] = {}
# Kept for the life of the process (mkdocs serve): after a save only the changed files are checked anew.
_memos: dict[Path, CheckMemo] = {}


def _signature(root: Path) -> tuple:
    """Changes to any data or page file invalidate the cache (mkdocs serve rebuilds in one process)."""
    files = [*sorted((root / "data").rglob("*")), *sorted((root / "docs").rglob("*.md"))]
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file())


def check_content(root: Path) -> Content:
    """Check and load, again only when a data or page file changed; ProblemsFound lists every problem.

    Called once per language build (on_config); the page hooks then use :func:`checked_content`."""
    root = Path(root).resolve()
    signature = _signature(root)
    cached = _loaded.get(root)
    if cached and cached[0] == signature:
        return cached[1]
    content, problems = Project(root, _memos.setdefault(root, CheckMemo())).load_and_check()
    if problems:
        _loaded.pop(root, None)
        raise ProblemsFound(problems)
    _loaded[root] = (signature, content)
    return content


def checked_content(root: Path) -> Content:
    """The content that the last :func:`check_content` passed (checks it now if none has)."""
    cached = _loaded.get(Path(root).resolve())
    return cached[1] if cached else check_content(root)


def render_course_page(markdown: str, content: Content, code: str, lang: str, page_url: str) -> str:
    """A course page opens with its title and the summary box from data, then its own prose."""
    course = content.curriculum.courses[code]
    summary = course_summary(content.curriculum, course, lang, Links(page_url))
    return f"# {markdown_text(course.title[lang])}\n\n{summary}\n\n{markdown}"


def render_blocks(markdown: str, content: Content, lang: str, page_url: str, canonical_url: str | None = None) -> str:
    """The page's generated blocks; ``canonical_url`` (the page's published address, when the site's is known)
    goes into the passport's citation line."""
    links = Links(page_url)
    renderers = {name: partial(render, content.curriculum, lang, links) for name, render in CURRICULUM_BLOCKS.items()}
    renderers["legal:framework"] = lambda: legal_framework(content.curriculum, content.citations, content.glossary,
                                                           lang, links, build_date())
    renderers["curriculum:how-to-cite"] = lambda: how_to_cite(content.curriculum, lang, version_year(content),
                                                              canonical_url)
    return expand_markers(markdown, renderers)


def version_year(content: Content) -> str:
    """The year a citation gives: a published intake year's own (mike builds it with MIKE_DOCS_VERSION=2026),
    otherwise the version in CITATION.cff."""
    published = os.environ.get("MIKE_DOCS_VERSION", "")
    if published.isdigit():
        return published
    return content.citation.version


def build_date() -> datetime.date:
    """Today, or the day SOURCE_DATE_EPOCH names, so that a rebuild of the same commit gives the same pages."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
    return datetime.date.today()


def render_glossary(markdown: str, content: Content, lang: str, page_url: str) -> str:
    render = lambda: glossary_page(content.glossary, content.curriculum, lang, Links(page_url))
    return expand_markers(markdown, {"glossary:index": render})


def finish_glossary(html: str, content: Content, lang: str, page_url: str) -> str:
    """The glossary page's "used in" rows, from what the course pages linked during this build."""
    return fill_used_in(html, TERM_USAGE.courses_using(lang), content.curriculum, lang, Links(page_url))


# Filled by the term-linking hook while course pages render; read by the glossary page's hook.
TERM_USAGE = TermUsage()
