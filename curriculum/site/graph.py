"""The prerequisite graph as an inline SVG, laid out at build time (no diagram library in the browser).

Columns are semesters; each course is a linked box whose title shows on hover and keyboard focus
(assets/tooltips.js); an edge runs from a prerequisite to the course that needs it. A legend of the boxes'
colours and a hint that the diagram scrolls precede it; a text list with the same links follows, for screen
readers and print.
"""

from __future__ import annotations

from html import escape

from curriculum.model.records import Curriculum
from curriculum.site.render import Links

# Eight semesters fit a desktop page's width (~47rem) whole; a phone scrolls the diagram sideways.
COLUMN_WIDTH = 116
BOX_WIDTH = 84
BOX_HEIGHT = 30
ROW_HEIGHT = 40
MARGIN = 16
HEADER = 28


def layout(curriculum: Curriculum) -> dict[str, tuple[int, int]]:
    """Top-left corner of each course's box: a column per semester; within a column, a course sits
    near the mean row of its prerequisites (a barycentre sweep), which keeps edges short and uncrossed."""
    rows: dict[str, int] = {}
    for semester in range(1, curriculum.programme.semesters + 1):
        column = [c for c in curriculum.ordered() if c.semester == semester]

        def barycentre(course):
            placed = [rows[p] for p in course.prerequisites if p in rows]
            return (0, sum(placed) / len(placed)) if placed else (1, 0)

        for row, course in enumerate(sorted(column, key=barycentre)):  # stable: ties keep plan order
            rows[course.code] = row
    return {code: (MARGIN + (curriculum.courses[code].semester - 1) * COLUMN_WIDTH, HEADER + MARGIN + row * ROW_HEIGHT)
            for code, row in rows.items()}


def prerequisite_graph(curriculum: Curriculum, lang: str, links: Links) -> str:
    ui = lambda key: curriculum.label("ui", key, lang)
    positions = layout(curriculum)
    semesters = curriculum.programme.semesters
    width = MARGIN * 2 + (semesters - 1) * COLUMN_WIDTH + BOX_WIDTH
    height = max((y for _, y in positions.values()), default=HEADER) + BOX_HEIGHT + MARGIN
    parts = [
        f'<svg class="prerequisite-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="group" aria-labelledby="graph-title graph-desc">',
        f'<title id="graph-title">{escape(ui("graph_title"))}</title>',
        f'<desc id="graph-desc">{escape(ui("graph_desc"))}</desc>',
        '<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" class="edge-head"/></marker></defs>',
    ]
    for semester in range(1, semesters + 1):
        x = MARGIN + (semester - 1) * COLUMN_WIDTH + BOX_WIDTH / 2
        parts.append(f'<text class="column" x="{x:g}" y="{MARGIN + 6}" text-anchor="middle">'
                     f'{escape(ui("semester"))} {semester}</text>')
    for course in curriculum.ordered():
        x2, y2 = positions[course.code]
        for code in course.prerequisites:
            if code not in positions:
                continue
            x1, y1 = positions[code]
            start = (x1 + BOX_WIDTH, y1 + BOX_HEIGHT / 2)
            end = (x2, y2 + BOX_HEIGHT / 2)
            bend = max((end[0] - start[0]) / 2, 20)
            parts.append(f'<path class="edge" d="M{start[0]:g},{start[1]:g} C{start[0] + bend:g},{start[1]:g} '
                         f'{end[0] - bend:g},{end[1]:g} {end[0]:g},{end[1]:g}" marker-end="url(#arrow)"/>')
    for course in curriculum.ordered():
        x, y = positions[course.code]
        label = f"{course.code} — {course.title[lang]}"
        kind = "elective" if course.is_elective else course.kind
        # A title attribute, not an SVG <title>: the site's tooltip shows it on hover and on focus alike,
        # where the browser's own would show on hover only, and late.
        parts.append(
            f'<a href="{escape(links.course(course, lang))}" aria-label="{escape(label)}" title="{escape(label)}" '
            f'class="node {kind}">'
            f'<rect x="{x}" y="{y}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="5"/>'
            f'<text x="{x + BOX_WIDTH / 2:g}" y="{y + BOX_HEIGHT / 2 + 5:g}" text-anchor="middle">{escape(course.code)}</text>'
            f'</a>')
    parts.append("</svg>")
    svg = "".join(parts)
    legend = "".join(f'<li><span class="swatch {kind}" aria-hidden="true"></span>{escape(ui(f"graph_{kind}"))}</li>'
                     for kind in ("course", "elective", "internship"))
    legend += f'<li><span class="arrow" aria-hidden="true">→</span>{escape(ui("graph_arrow"))}</li>'
    return (f'<ul class="graph-legend" aria-label="{escape(ui("graph_legend"))}">{legend}</ul>\n'
            f'<p class="graph-hint">{escape(ui("graph_hint"))}</p>\n'
            f'<div class="graph-scroll" tabindex="0" role="region" aria-label="{escape(ui("graph_title"))}">{svg}</div>\n\n'
            f'<h2 id="text-version">{escape(ui("graph_text"))}</h2>\n{_text_version(curriculum, lang, links)}')


def _text_version(curriculum: Curriculum, lang: str, links: Links) -> str:
    ui = lambda key: curriculum.label("ui", key, lang)
    items = []
    for course in curriculum.ordered():
        link = f'<a href="{escape(links.course(course, lang))}">{escape(course.code)} {escape(course.title[lang])}</a>'
        needed = [curriculum.courses[c] for c in course.prerequisites if c in curriculum.courses]
        if needed:
            names = "; ".join(f'<a href="{escape(links.course(n, lang))}">{escape(n.code)} {escape(n.title[lang])}</a>'
                              for n in needed)
            items.append(f"<li>{link} — {escape(ui('requires'))}: {names}</li>")
        else:
            items.append(f"<li>{link} — {escape(ui('no_prerequisites'))}</li>")
    return '<ul class="prerequisite-list">\n' + "\n".join(items) + "\n</ul>"
