"""Compose a page's document from the loaded content: a head of facts from the data, then the page itself.

Three kinds of page have documents: every course page whose syllabus is full (``syllabus``), the programme
passport (``passport``) and the structure of the study plan (``plan``). The page's Markdown goes through the
same generated blocks as the site, so a document always says what its page says, in the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import markdown as python_markdown

from curriculum.checks.project import Content
from curriculum.documents.adoption import BLANK, Adoption, adoption, with_blanks
from curriculum.documents.html_blocks import html_to_blocks
from curriculum.documents.model import Block, Cell, Document, Heading, Paragraph, Run, Table
from curriculum.language.dates import format_date
from curriculum.model.records import Course, Curriculum
from curriculum.site.citations import CitationContext, CitationExtension, PageCitations
from curriculum.site.blocks import CURRICULUM_BLOCKS, expand_markers
from curriculum.site.printing import page_address, version_text
from curriculum.site.render import Links

KINDS = ("syllabus", "passport", "plan")
PAGES = {"programme/index.md": "passport", "programme/structure.md": "plan"}
# The Markdown extensions of mkdocs.yml that shape a page's content (toc's anchors and the site's term links
# have no place in a file).
MARKDOWN_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
                       "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed"]
MARKDOWN_CONFIG = {"pymdownx.tabbed": {"alternate_style": True}}


@dataclass(frozen=True)
class Edition:
    """Which build a document comes from: the version (an intake year, or dev), the day, the site's address."""

    version: str
    built: str  # ISO date, e.g. 2026-03-02
    site_url: str = ""

    def address(self, page_url: str) -> str:
        return page_address(self.site_url, page_url)


def page_path(src_uri: str, lang: str) -> str:
    """A page's path inside its language folder: ru/courses/lsg2105.md → courses/lsg2105.md."""
    return src_uri[len(lang) + 1:] if src_uri.startswith(f"{lang}/") else src_uri


def document_kind(path: str, course_code: str | None, curriculum: Curriculum) -> str | None:
    """The kind of document a page has (``path`` inside the language folder), or None."""
    if course_code:
        course = curriculum.courses.get(str(course_code))
        return "syllabus" if course is not None and course.syllabus == "full" else None
    return PAGES.get(path)


def file_stem(kind: str, lang: str, version: str, course_code: str | None = None) -> str:
    """File names say what, which language and which year: LSG2105-syllabus-kk-2026, study-plan-en-dev."""
    what = {"syllabus": f"{course_code}-syllabus", "passport": "programme-passport", "plan": "study-plan"}[kind]
    return f"{what}-{lang}-{version}"


def compose(kind: str, markdown: str, content: Content, lang: str, page_url: str, edition: Edition,
            course_code: str | None = None) -> Document:
    """The document of one page. ``markdown`` is the page's own text, without its front matter."""
    curriculum = content.curriculum
    adopted = adoption(curriculum)
    label = partial(_label, curriculum, lang)
    programme = curriculum.programme.name[lang]
    address = edition.address(page_url)
    version = version_text(curriculum, lang, edition.version)
    running_version = version_text(curriculum, lang, edition.version, short=True)
    page = _page_blocks(markdown, content, lang, page_url, adopted)
    if kind == "syllabus":
        course = curriculum.courses[str(course_code)]
        title = f"{course.code} {course.title[lang]}"
        head: list[Block] = [Paragraph((Run(label("ui", "syllabus").upper(), bold=True),), "kicker"), Heading(1, title),
                             _syllabus_facts(curriculum, course, lang, adopted, version, edition, address)]
        header = f"{programme} · {course.code} {course.title[lang]} · {running_version}"
        subject = label("ui", "syllabus")
    else:
        title = page[0].text if page and isinstance(page[0], Heading) and page[0].level == 1 else programme
        if page and isinstance(page[0], Heading) and page[0].level == 1:
            page = page[1:]
        head = [Heading(1, title), _edition_facts(curriculum, lang, adopted, version, edition, address)]
        header = f"{programme} · {title} · {running_version}"
        subject = title
    return Document(lang=lang, kind=kind, title=title, header=header, footer=address,
                    blocks=tuple(head + page), built=edition.built, subject=subject,
                    keywords=tuple(filter(None, [programme, course_code, edition.version])))


# --- the head of facts ---------------------------------------------------------------------------

def _syllabus_facts(curriculum: Curriculum, course: Course, lang: str, adopted: Adoption, version: str,
                    edition: Edition, address: str) -> Table:
    label = partial(_label, curriculum, lang)
    module = curriculum.module(course.module)
    hours = "\n".join(f"{curriculum.label('hours', key, lang)}: {value}" for key, value in course.hours.items() if value)
    cycle = (curriculum.label("cycle_name", "IA", lang) if course.cycle == "IA" else
             f"{curriculum.label('cycle_name', course.cycle, lang)} — {curriculum.label('component_name', course.component, lang)}")
    titled = lambda codes: "\n".join(f"{c} {curriculum.courses[c].title[lang]}" for c in codes
                                     if c in curriculum.courses) or label("ui", "none")
    rows = [
        (label("documents", "university"), adopted.university(lang)),
        (label("documents", "programme"), curriculum.programme.name[lang]),
        (label("ui", "programme_code"), adopted.code()),
        (label("ui", "code"), course.code),
        (label("ui", "title"), course.title[lang]),
        (label("ui", "credits_ects"), f"{course.credits} ({course.total_hours} {label('ui', 'hours_unit')})"),
        (label("ui", "hours"), hours),
        (label("ui", "semester"), str(course.semester)),
        (f"{label('ui', 'cycle')} / {label('ui', 'component')}", cycle),
        (label("ui", "module"), f"{course.module} {module.name[lang]}" if module else course.module),
    ]
    if course.track and curriculum.track(course.track):
        rows.append((label("ui", "track"), curriculum.track(course.track).name[lang]))
    rows += [
        (label("ui", "prerequisites"), titled(course.prerequisites)),
        (label("ui", "postrequisites"), titled(curriculum.postrequisites(course.code))),
        (label("ui", "outcomes"), ", ".join(course.outcomes)),
        (label("ui", "assessment"), curriculum.label("assessment", course.assessment, lang)),
        (label("documents", "lecturer"), BLANK),
        (label("documents", "contacts"), BLANK),
        (label("documents", "version"), version),
        (label("documents", "built_on"), format_date(edition.built, lang)),
        (label("documents", "address"), address),
    ]
    return _facts(rows)


def _edition_facts(curriculum: Curriculum, lang: str, adopted: Adoption, version: str, edition: Edition,
                   address: str) -> Table:
    label = partial(_label, curriculum, lang)
    return _facts([
        (label("documents", "university"), adopted.university(lang)),
        (label("documents", "programme"), curriculum.programme.name[lang]),
        (label("documents", "version"), version),
        (label("documents", "built_on"), format_date(edition.built, lang)),
        (label("documents", "address"), address),
    ])


def _facts(rows: list[tuple[str, str]]) -> Table:
    return Table(tuple((Cell((Run(name),), header=True), Cell((Run(value),) if value else ())) for name, value in rows),
                 facts=True)


def _label(curriculum: Curriculum, lang: str, group: str, key: str) -> str:
    return curriculum.label(group, key, lang)


# --- the page itself -------------------------------------------------------------------------------

def _page_blocks(markdown: str, content: Content, lang: str, page_url: str, adopted: Adoption) -> list[Block]:
    curriculum = with_blanks(content.curriculum)  # the passport's key facts: the university and code, or blanks
    links = Links(page_url)
    renderers = {name: partial(render, curriculum, lang, links) for name, render in CURRICULUM_BLOCKS.items()}
    text = expand_markers(markdown, renderers)
    # Legal citations read as on the page: the act's title in this language, linked to its official text.
    citations = CitationContext()
    citations.current = PageCitations(curriculum.acts, lang, lambda key, lang: curriculum.label("legal", key, lang))
    html = python_markdown.markdown(text, extensions=[*MARKDOWN_EXTENSIONS, CitationExtension(citations)],
                                    extension_configs=MARKDOWN_CONFIG)
    return html_to_blocks(html)
