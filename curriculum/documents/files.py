"""Which pages get documents in a build, the files each gets, and the download buttons that offer them.

Documents cost time (about a second per PDF), so a build makes them only when asked: the environment
variable :data:`VARIABLE` is ``all`` for a published version (``dev.py publish deploy``) and for
``dev.py build --documents``, or a comma-separated list of pages (``courses/lsg2105.md,programme/index.md``)
for a build that needs only a few, as the tests do. ``dev.py serve`` leaves it unset and makes none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from curriculum.documents.compose import PAGES
from curriculum.documents.model import Document
from curriculum.model.problems import Problem
from curriculum.model.records import Curriculum

VARIABLE = "CURRICULUM_DOCUMENTS"
ALLOWED = ("all, or page paths inside a language folder separated by commas: programme/index.md, "
           "programme/structure.md, courses/<code>.md of a course whose syllabus is full")
MEDIA_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "pdf": "application/pdf"}
_COURSE_PAGE = re.compile(r"courses/(?P<slug>[a-z0-9]+)\.md")


@dataclass(frozen=True)
class Selection:
    """The pages whose documents a build makes: every page that has one, or those listed."""

    every: bool = False
    paths: frozenset[str] = frozenset()

    def includes(self, path: str) -> bool:
        return self.every or path in self.paths

    def __bool__(self) -> bool:
        return self.every or bool(self.paths)


def read_selection(value: str | None, curriculum: Curriculum) -> tuple[Selection, list[Problem]]:
    """The selection that :data:`VARIABLE` asks for, and a problem for each entry that names no document."""
    value = (value or "").strip()
    if not value or value == "0":
        return Selection(), []
    if value == "all":
        return Selection(every=True), []
    paths, problems = set(), []
    full = {course.slug for course in curriculum.courses.values() if course.syllabus == "full"}
    for entry in (part.strip() for part in value.split(",")):
        match = _COURSE_PAGE.fullmatch(entry)
        if entry in PAGES or (match and match["slug"] in full):
            paths.add(entry)
        elif entry:
            problems.append(Problem(VARIABLE, None, f"{entry!r} has no document", ALLOWED))
    return Selection(paths=frozenset(paths)), problems


@dataclass(frozen=True)
class DocumentFile:
    name: str
    format: str  # "docx" or "pdf"
    data: bytes


def document_files(document: Document, stem: str) -> list[DocumentFile]:
    from curriculum.documents.docx import to_docx
    from curriculum.documents.pdf import to_pdf

    return [DocumentFile(f"{stem}.docx", "docx", to_docx(document)), DocumentFile(f"{stem}.pdf", "pdf", to_pdf(document))]


def download_buttons(files: list[DocumentFile], curriculum: Curriculum, lang: str) -> str:
    """One button per file, in the page's language, with the file's size; the files sit beside the page."""
    label = lambda key: curriculum.label("documents", key, lang)
    buttons = "\n".join(
        f'<a class="md-button" href="{escape(file.name)}" download type="{MEDIA_TYPES[file.format]}" '
        f'data-size="{len(file.data)}">{escape(label("download"))}: {escape(label(file.format))}, '
        f'{escape(file_size(len(file.data), curriculum, lang))}</a>' for file in files)
    return (f'<div class="document-downloads" role="group" aria-label="{escape(label("downloads"))}" '
            f'data-pagefind-ignore>\n{buttons}\n</div>')


def file_size(size: int, curriculum: Curriculum, lang: str) -> str:
    """52 KB, 1.4 MB; Kazakh and Russian write the decimal comma (1,4 МБ)."""
    if size < 1000 * 1024:
        text, unit = str(max(1, round(size / 1024))), "kilobytes"
    else:
        text, unit = f"{size / 1024 / 1024:.1f}", "megabytes"
    if lang != "en":
        text = text.replace(".", ",")
    return f"{text}\u00a0{curriculum.label('documents', unit, lang)}"


def with_downloads(html: str, buttons: str) -> str:
    """The page with its download buttons above the first section (after a course's summary box)."""
    position = html.find("<h2")
    return html + buttons if position < 0 else f"{html[:position]}{buttons}\n{html[position:]}"
