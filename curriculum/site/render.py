"""Render the curriculum into the blocks each language's pages show.

Every function takes the curriculum, the page's language and a :class:`Links` for the page, and
returns HTML (escaped) that Markdown passes through. No function here knows MkDocs.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html import escape

from curriculum.languages import DEFAULT_LANGUAGE
from curriculum.model.records import Course, Curriculum
from curriculum.model.validate import plan_totals, semester_totals


@dataclass(frozen=True)
class Links:
    """URLs relative to one page, in the page's language (language prefixes cancel out)."""

    page_url: str  # the page's own URL relative to the site root, e.g. "ru/programme/structure/"

    def to(self, target: str) -> str:
        base = posixpath.dirname(self.page_url.rstrip("/") + "/index.html") if self.page_url else ""
        relative = posixpath.relpath(target or ".", base or ".")
        return relative if target.endswith("/") is False else relative.rstrip("/") + "/"

    def course(self, course: Course, lang: str) -> str:
        return self.to(f"{_prefix(lang)}courses/{course.slug}/")

    def outcome(self, outcome_id: str, lang: str) -> str:
        return self.to(f"{_prefix(lang)}programme/outcomes/") + f"#{outcome_id.lower()}"


# What Python-Markdown (with the site's extensions: tables adds the bar) unescapes after a backslash.
MARKDOWN_ESCAPABLE = frozenset("\\`*_{}[]()#+-.!|")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def markdown_text(text: str) -> str:
    """Text from data written into Markdown so that it renders as exactly that text, on one line: HTML's special
    characters become entities, and every character that Markdown or an extension reads (emphasis, a link, an
    attribute list ``{…}``, a citation ``[[act:…]]``, a heading's closing #) is escaped by a backslash."""
    return "".join(_HTML_SPECIAL.get(c) or (f"\\{c}" if c in MARKDOWN_ESCAPABLE else c) for c in " ".join(str(text).split()))


def plain_title(text: str) -> str:
    """The title a page gets from a heading written with :func:`markdown_text`: the same text on one line."""
    return " ".join(str(text).split())


def _prefix(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def _ui(curriculum: Curriculum, key: str, lang: str) -> str:
    return curriculum.label("ui", key, lang)


def _course_link(curriculum: Curriculum, code: str, lang: str, links: Links, with_title: bool = True) -> str:
    course = curriculum.courses[code]
    text = f"{code} {course.title[lang]}" if with_title else code
    return f'<a href="{escape(links.course(course, lang))}" title="{escape(course.title[lang])}">{escape(text)}</a>'


def _outcome_links(curriculum: Curriculum, course: Course, lang: str, links: Links) -> str:
    texts = {o.id: o.text[lang] for o in curriculum.programme.outcomes}
    return ", ".join(f'<a href="{escape(links.outcome(o, lang))}" title="{escape(texts.get(o, ""))}">{escape(o)}</a>'
                     for o in course.outcomes)


def _cycle(curriculum: Curriculum, course: Course, lang: str) -> str:
    cycle = curriculum.label("cycle", course.cycle, lang)
    component = curriculum.label("component", course.component, lang)
    return cycle if course.cycle == "IA" else f"{cycle} / {component}"


# --- the summary box at the top of every course page -------------------------------------------

def course_summary(curriculum: Curriculum, course: Course, lang: str, links: Links) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    hours = ", ".join(f"{curriculum.label('hours', key, lang)} {value}" for key, value in course.hours.items() if value)
    prerequisites = [_course_link(curriculum, c, lang, links) for c in course.prerequisites if c in curriculum.courses]
    postrequisites = [_course_link(curriculum, c, lang, links) for c in curriculum.postrequisites(course.code)]
    module = curriculum.module(course.module)
    rows = [(ui("code"), escape(course.code))]
    if course.kind != "course":
        rows.append((ui("kind"), escape(curriculum.label("kind", course.kind, lang))))
    rows += [
        (ui("credits_ects"), f"{course.credits} ({course.total_hours} {escape(ui('hours_unit'))})"),
        (ui("hours"), escape(hours)),
        (ui("semester"), str(course.semester)),
        (f"{ui('cycle')} / {ui('component')}", escape(
            f"{curriculum.label('cycle_name', course.cycle, lang)} — {curriculum.label('component_name', course.component, lang)}"
            if course.cycle != "IA" else curriculum.label("cycle_name", "IA", lang))),
        (ui("module"), escape(f"{course.module} {module.name[lang]}" if module else course.module)),
    ]
    if course.track and curriculum.track(course.track):
        rows.append((ui("track"), escape(curriculum.track(course.track).name[lang])))
    if course.group and curriculum.elective_group(course.group):
        options = [_course_link(curriculum, c.code, lang, links) for c in curriculum.group_courses(course.group)]
        rows.append((ui("group"), f'{escape(curriculum.elective_group(course.group).name[lang])} '
                                  f'({escape(ui("one_of"))}):<br>' + "<br>".join(options)))
    rows += [
        (ui("prerequisites"), "<br>".join(prerequisites) or escape(ui("none"))),
        (ui("postrequisites"), "<br>".join(postrequisites) or escape(ui("none"))),
        (ui("outcomes"), _outcome_links(curriculum, course, lang, links)),
        (ui("assessment"), escape(curriculum.label("assessment", course.assessment, lang))),
        (ui("syllabus"), escape(ui("syllabus_full" if course.syllabus == "full" else "syllabus_summary"))),
    ]
    body = "\n".join(f'<tr><th scope="row">{escape(name)}</th><td>{value}</td></tr>' for name, value in rows)
    # A class of its own: the card is never wrapped to scroll sideways (curriculum/site/tables.py); its labels
    # and values wrap inside a phone's width instead (assets/site.css).
    return (f'<div class="course-summary" role="region" aria-label="{escape(course.title[lang])}">\n'
            f'<table class="key-facts">\n<tbody>\n{body}\n</tbody>\n</table>\n</div>')


# --- /courses/: the catalogue with its filter -------------------------------------------------

def catalogue(curriculum: Curriculum, lang: str, links: Links) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    courses = curriculum.ordered()
    filters = [
        ("semester", ui("semester"), [(str(s), str(s)) for s in sorted({c.semester for c in courses})]),
        ("cycle", ui("cycle"), [(c, f"{curriculum.label('cycle', c, lang)} — {curriculum.label('cycle_name', c, lang)}")
                                for c in _in_order(("OOD", "BD", "PD", "IA"), {c.cycle for c in courses})]),
        ("component", ui("component"), [(c, f"{curriculum.label('component', c, lang)} — "
                                            f"{curriculum.label('component_name', c, lang)}")
                                        for c in _in_order(("OK", "VK", "KV"), {c.component for c in courses})]),
        ("module", ui("module"), [(m.id, f"{m.id} {m.name[lang]}") for m in curriculum.programme.modules]),
        ("syllabus", ui("syllabus"), [(kind, ui(f"syllabus_{kind}")) for kind in _in_order(("full", "summary"),
                                                                                         {c.syllabus for c in courses})]),
    ]
    selects = "\n".join(
        f'<label>{escape(label)} <select name="{name}" data-filter="{name}">'
        f'<option value="">{escape(ui("all"))}</option>'
        + "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in options)
        + "</select></label>"
        for name, label, options in filters)
    # The filter is kept in the page's address (?semester=5&cycle=BD, assets/catalogue.js), so that Back, a
    # reload and a shared link show the same list; the browser must not restore the form on its own.
    form = (f'<form class="catalogue-filter" data-catalogue-filter hidden autocomplete="off" aria-label="{escape(ui("filter"))}">\n'
            f'{selects}\n<button type="reset">{escape(ui("reset"))}</button>\n'
            f'<p>{escape(ui("shown"))}: <output data-catalogue-count>{len(courses)}</output> / {len(courses)}</p>\n</form>')
    head = "".join(f'<th scope="col">{escape(ui(key))}</th>'
                   for key in ("code", "title", "credits", "semester", "cycle", "component", "module", "syllabus"))
    rows = "\n".join(
        f'<tr data-semester="{c.semester}" data-cycle="{c.cycle}" data-component="{c.component}" data-module="{c.module}" '
        f'data-syllabus="{c.syllabus}">'
        f'<td>{escape(c.code)}</td><td><a href="{escape(links.course(c, lang))}">{escape(c.title[lang])}</a></td>'
        f'<td>{c.credits}</td><td>{c.semester}</td>'
        f'<td><abbr title="{escape(curriculum.label("cycle_name", c.cycle, lang))}">{escape(curriculum.label("cycle", c.cycle, lang))}</abbr></td>'
        f'<td>{_component_cell(curriculum, c, lang)}</td>'
        f'<td><abbr title="{escape(curriculum.module(c.module).name[lang] if curriculum.module(c.module) else "")}">{escape(c.module)}</abbr></td>'
        f'<td>{escape(ui("syllabus_full" if c.syllabus == "full" else "syllabus_summary"))}</td></tr>'
        for c in courses)
    return (f'{form}\n<div class="catalogue"><table data-catalogue>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n'
            f'</tbody>\n</table></div>')


def _component_cell(curriculum: Curriculum, course: Course, lang: str) -> str:
    if course.component == "IA":
        return "—"
    return (f'<abbr title="{escape(curriculum.label("component_name", course.component, lang))}">'
            f'{escape(curriculum.label("component", course.component, lang))}</abbr>')


def _in_order(order, present) -> list[str]:
    return [item for item in order if item in present]


# --- /programme/structure/: the curriculum map ------------------------------------------------

def structure(curriculum: Curriculum, lang: str, links: Links) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    per_semester = semester_totals(curriculum)
    parts = []
    head = (f'<thead><tr><th scope="col">{escape(ui("code"))}</th><th scope="col">{escape(ui("title"))}</th>'
            f'<th scope="col">{escape(ui("credits"))}</th><th scope="col">{escape(ui("cycle"))}</th>'
            f'<th scope="col">{escape(ui("component"))}</th></tr></thead>')
    for semester in range(1, curriculum.programme.semesters + 1):
        courses = [c for c in curriculum.ordered() if c.semester == semester]
        required = [c for c in courses if not c.is_elective]
        rows = [_structure_row(curriculum, c, lang, links) for c in required]
        electives = [c for c in courses if c.is_elective and c.track]
        slots = [c for c in electives if c.track == curriculum.reference_track()]
        per_track: dict[str, list[Course]] = {}
        for c in electives:
            per_track.setdefault(c.track, []).append(c)
        for index, slot in enumerate(slots):
            chosen = "<br>".join(
                f"{escape(curriculum.track(t).name[lang])}: {_course_link(curriculum, cs[index].code, lang, links)}"
                for t, cs in per_track.items() if index < len(cs))
            rows.append(f'<tr class="elective"><td>{escape(ui("component"))} '
                        f'{escape(curriculum.label("component", "KV", lang))}</td><td>{chosen}</td><td>{slot.credits}</td>'
                        f'<td>{escape(curriculum.label("cycle", slot.cycle, lang))}</td>'
                        f'<td>{escape(curriculum.label("component", "KV", lang))}</td></tr>')
        groups = [g.id for g in curriculum.programme.elective_groups
                  if any(c.group == g.id for c in courses)]
        rows += [elective_group_row(curriculum, group, lang, links) for group in groups]
        rows.append(f'<tr class="total"><th scope="row" colspan="2">{escape(ui("total"))}</th>'
                    f'<td>{per_semester.get(semester, 0)}</td><td colspan="2"></td></tr>')
        parts.append(f'<h2 id="semester-{semester}">{escape(ui("semester"))} {semester}</h2>\n'
                     f'<div class="structure"><table>\n{head}\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
    parts.append(standard_comparison(curriculum, lang))
    parts.append(f'<p class="open-data"><a href="{escape(links.to("programme/curriculum.json"))}" type="application/json">'
                 f'curriculum.json</a> — {escape(ui("open_data"))}</p>')
    return "\n\n".join(parts)


def elective_group_row(curriculum: Curriculum, group_id: str, lang: str, links: Links) -> str:
    """One slot of an elective group in a plan's table: the student takes one of its courses."""
    ui = lambda key: _ui(curriculum, key, lang)
    group = curriculum.elective_group(group_id)
    courses = curriculum.group_courses(group_id)
    first = courses[0]
    options = "<br>".join(_course_link(curriculum, c.code, lang, links) for c in courses)
    kv = escape(curriculum.label("component", "KV", lang))
    return (f'<tr class="elective"><td>{escape(ui("component"))} {kv}</td>'
            f'<td>{escape(group.name[lang])} ({escape(ui("one_of"))}):<br>{options}</td><td>{first.credits}</td>'
            f'<td>{escape(curriculum.label("cycle", first.cycle, lang))}</td><td>{kv}</td></tr>')


# --- the passport's pathways of choice: tracks and elective groups -------------------------------

def electives(curriculum: Curriculum, lang: str, links: Links) -> str:
    """Every student choice of the plan, and how many credits it makes: the tracks, then the groups."""
    ui = lambda key: _ui(curriculum, key, lang)
    programme = curriculum.programme
    parts = []
    if programme.tracks:
        rows = []
        for track in programme.tracks:
            courses = [c for c in curriculum.ordered() if c.is_elective and c.track == track.id]
            by_semester: dict[int, list[str]] = {}
            for course in courses:
                by_semester.setdefault(course.semester, []).append(_course_link(curriculum, course.code, lang, links))
            cells = "<br>".join(f'{escape(ui("semester"))} {semester}: ' + ", ".join(found)
                                for semester, found in sorted(by_semester.items()))
            rows.append(f'<tr><th scope="row">{escape(track.name[lang])}</th><td>{cells}</td>'
                        f'<td>{sum(c.credits for c in courses)}</td></tr>')
        head = "".join(f'<th scope="col">{escape(ui(key))}</th>' for key in ("track", "courses", "credits"))
        parts.append(f'<div class="electives"><table>\n<caption>{escape(ui("tracks"))}</caption>\n'
                     f'<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
    if programme.elective_groups:
        rows = []
        for group in programme.elective_groups:
            courses = curriculum.group_courses(group.id)
            if not courses:
                continue
            first = courses[0]
            options = "<br>".join(_course_link(curriculum, c.code, lang, links) for c in courses)
            rows.append(f'<tr><th scope="row">{escape(group.name[lang])}</th><td>{first.semester}</td>'
                        f'<td>{escape(curriculum.label("cycle", first.cycle, lang))}</td><td>{options}</td>'
                        f'<td>{first.credits}</td></tr>')
        head = "".join(f'<th scope="col">{escape(ui(key))}</th>'
                       for key in ("group", "semester", "cycle", "options", "credits"))
        parts.append(f'<div class="electives"><table>\n<caption>{escape(ui("elective_groups"))}</caption>\n'
                     f'<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
    plan = curriculum.plan()
    total = sum(c.credits for c in plan)
    choice = {cycle: sum(c.credits for c in plan if c.is_elective and c.cycle == cycle) for cycle in ("BD", "PD")}
    chosen = sum(c.credits for c in plan if c.is_elective)
    percent = f"{100 * chosen / total:.1f}" if total else "0"
    parts.append(f'<p class="choice-share">' + escape(ui("choice_share").format(
        choice=chosen, total=total, percent=percent if lang == "en" else percent.replace(".", ","),
        bd=choice["BD"], pd=choice["PD"])) + "</p>")
    return "\n\n".join(parts)


def _structure_row(curriculum: Curriculum, course: Course, lang: str, links: Links) -> str:
    return (f'<tr><td>{escape(course.code)}</td><td><a href="{escape(links.course(course, lang))}">'
            f'{escape(course.title[lang])}</a></td><td>{course.credits}</td>'
            f'<td>{escape(curriculum.label("cycle", course.cycle, lang))}</td>'
            f'<td>{_component_cell(curriculum, course, lang)}</td></tr>')


def standard_comparison(curriculum: Curriculum, lang: str) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    standard, totals = curriculum.standard, plan_totals(curriculum)
    general = standard["general_education"]
    name = lambda cycle: curriculum.label("cycle_name", cycle, lang)
    rows = [
        (f"{name('OOD')} ({curriculum.label('cycle', 'OOD', lang)})", totals["OOD"], "exactly", general["total"]),
        (f"— {curriculum.label('component_name', 'OK', lang)}", totals["OOD_OK"], "exactly", general["compulsory"]),
        (f"— {curriculum.label('component_name', 'VK', lang)} / {curriculum.label('component_name', 'KV', lang)}",
         totals["OOD_choice"], "exactly", general["elective"]),
        (f"{name('BD')} + {name('PD')}", totals["BD"] + totals["PD"], "at_least", standard["basic_and_profile_min"]),
        (f"— {name('BD')}", totals["BD"], None, None),
        (f"— {name('PD')}", totals["PD"], None, None),
        (name("IA"), totals["IA"], "at_least", standard["final_attestation_min"]),
        (f"{ui('total')} {ui('one_track')}", totals["total"], "at_least", standard["total_credits_min"]),
    ]
    body = []
    for label, value, rule, figure in rows:
        if rule is None:
            required, status = "", ""
        else:
            ok = value == figure if rule == "exactly" else value >= figure
            required = f"{ui(rule)} {figure}"
            status = ui("ok") if ok else ui("not_ok")
        body.append(f'<tr><th scope="row">{escape(label)}</th><td>{value}</td><td>{escape(required)}</td>'
                    f'<td>{escape(status)}</td></tr>')
    limits = standard["semester_credits"]
    per_semester = semester_totals(curriculum)
    for semester in range(1, curriculum.programme.semesters + 1):
        value = per_semester.get(semester, 0)
        ok = limits["min"] <= value <= limits["max"]
        body.append(f'<tr><th scope="row">{escape(ui("semester"))} {semester}</th><td>{value}</td>'
                    f'<td>{limits["min"]}–{limits["max"]}</td><td>{escape(ui("ok") if ok else ui("not_ok"))}</td></tr>')
    head = "".join(f'<th scope="col">{escape(text)}</th>' for text in ("", ui("plan"), ui("standard"), ui("status")))
    return (f'<h2 id="standard">{escape(ui("standard"))}</h2>\n<div class="standard"><table>\n<thead><tr>{head}</tr></thead>\n'
            f'<tbody>\n' + "\n".join(body) + "\n</tbody>\n</table></div>")


# --- /programme/outcomes/: outcomes and the outcomes × courses matrix --------------------------

def outcomes(curriculum: Curriculum, lang: str, links: Links) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    programme = curriculum.programme
    serving = {o.id: [c for c in curriculum.ordered() if o.id in c.outcomes] for o in programme.outcomes}
    items = []
    for outcome in programme.outcomes:
        items.append(
            f'<tr id="{outcome.id.lower()}"><th scope="row">{escape(outcome.id)}</th><td>{escape(outcome.text[lang])}</td>'
            f'<td>{escape(", ".join(outcome.dublin))}</td><td>{escape(", ".join(outcome.naspaa))}</td>'
            f'<td>{len(serving[outcome.id])}</td></tr>')
    head = "".join(f'<th scope="col">{escape(t)}</th>' for t in
                   ("", ui("outcomes"), ui("dublin"), ui("naspaa"), ui("served_by")))
    table = (f'<div class="outcomes"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(items)
             + "\n</tbody>\n</table></div>")
    texts = {o.id: o.text[lang] for o in programme.outcomes}
    ids = programme.outcome_ids()
    # A table of its own class: not wrapped to scroll sideways (curriculum/site/tables.py). Narrow outcome
    # columns let it fit a desktop's width whole, under a header that stays in view; on a phone each course
    # becomes a line of the outcomes it serves (assets/site.css). The outcome's text is its column's tooltip.
    matrix_head = (f'<th scope="col">{escape(ui("course"))}</th>'
                   + "".join(f'<th scope="col" class="outcome"><a href="#{o.lower()}" title="{escape(texts[o])}">'
                             f'{escape(o)}</a></th>' for o in ids))
    matrix_rows = []
    for course in curriculum.ordered():
        cells = "".join(f'<td class="serves"><span class="mark" aria-hidden="true">●</span><span class="outcome-id">{escape(o)}</span></td>'
                        if o in course.outcomes else "<td></td>" for o in ids)
        matrix_rows.append(f'<tr><th scope="row"><a href="{escape(links.course(course, lang))}">{escape(course.code)}</a> '
                           f'<span class="course-title">{escape(course.title[lang])}</span></th>{cells}</tr>')
    matrix = (f'<h2 id="matrix">{escape(ui("outcomes"))} × {escape(ui("courses"))}</h2>\n'
              f'<p class="matrix-hint">{escape(ui("matrix_hint"))}</p>\n'
              f'<div class="matrix"><table class="outcome-matrix">\n<thead><tr>{matrix_head}</tr></thead>\n<tbody>\n'
              + "\n".join(matrix_rows) + "\n</tbody>\n</table></div>")
    return f'<h2 id="list">{escape(ui("outcomes"))}</h2>\n{table}\n\n{matrix}'


# --- the letter-grade scale, where a syllabus asks for it ------------------------------------

def grading_scale(curriculum: Curriculum, lang: str, links: Links | None = None) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    scale = curriculum.programme.assessment["grading_scale"]
    head = "".join(f'<th scope="col">{escape(ui(k))}</th>' for k in ("letter", "gpa_points", "points"))
    rows = "\n".join(f'<tr><td>{escape(g["letter"])}</td><td>{g["points"]:.2f}</td><td>{g["min"]}–{g["max"]}</td></tr>'
                     for g in scale)
    return (f'<div class="grading-scale"><table>\n<caption>{escape(ui("grading"))}</caption>\n<thead><tr>{head}</tr></thead>\n'
            f'<tbody>\n{rows}\n</tbody>\n</table></div>\n<p>{escape(ui("grade_scheme"))}</p>\n'
            f'<p class="note">{escape(ui("grade_source"))}</p>')


# --- the passport's key facts ----------------------------------------------------------------

def passport_facts(curriculum: Curriculum, lang: str, links: Links | None = None) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    p, university = curriculum.programme, curriculum.university
    # The model programme names no university and no code: it says whose they will be.
    name = escape(university.name[lang]) if university.is_set else f'<em>{escape(ui("university_unset"))}</em>'
    code = escape(university.programme_code) if university.programme_code else f'<em>{escape(ui("code_to_assign"))}</em>'
    languages = ", ".join(ui(f"lang_{l}") for l in university.languages_of_instruction)
    rows = [
        (ui("title"), escape(p.name[lang])),
        (ui("university"), name),
        (ui("programme_code"), code),
        (ui("field"), escape(f"{p.field_of_education['code']} {p.field_of_education[lang]}")),
        (ui("direction"), escape(f"{p.direction['code']} {p.direction[lang]}")),
        (ui("degree"), escape(p.degree[lang])),
        (ui("duration"), escape(f"{p.duration_years} {ui('years')}")),
        (ui("total_credits"), str(p.total_credits)),
        (ui("languages"), escape(languages)),
    ]
    if university.contact:
        rows.append((ui("contact"), f'<a href="{escape(university.contact_href())}">{escape(university.contact)}</a>'))
    body = "\n".join(f'<tr><th scope="row">{escape(name)}</th><td>{value}</td></tr>' for name, value in rows)
    return f'<div class="passport-facts"><table>\n<tbody>\n{body}\n</tbody>\n</table></div>'


# --- the home page's first lines: what degree, how long, how many credits ------------------------

def home_facts(curriculum: Curriculum, lang: str, links: Links | None = None) -> str:
    ui = lambda key: _ui(curriculum, key, lang)
    p = curriculum.programme
    languages = ", ".join(ui(f"lang_{l}") for l in curriculum.university.languages_of_instruction)
    rows = [
        (ui("degree"), p.degree[lang]),
        (ui("duration"), f"{p.duration_years} {ui('years')}, {p.total_credits} {ui('credits_unit')}"),
        (ui("languages"), languages),
    ]
    items = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in rows)
    return f'<dl class="home-facts">{items}</dl>'


def how_to_cite(curriculum: Curriculum, lang: str, year: str, url: str | None = None) -> str:
    """The passport's citation line: who (the adopting university, or the open project's contributors), the
    version year, the programme and, when the site's address is known, the page's address."""
    label = lambda key: curriculum.label("licence", key, lang)
    university = curriculum.university
    if university.is_set:
        authors = university.name[lang]
        kind = label("kind_adopted") + (f" {university.programme_code}" if university.programme_code else "")
    else:
        authors, kind = label("authors"), label("kind_model")
    # The address becomes a link: the words are formatted with a marker in its place, then escaped around it.
    text = label("cite").format(authors=authors, year=year, programme=curriculum.programme.name[lang], kind=kind,
                                url=" \x00" if url else "")
    before, _, after = text.partition("\x00")
    link = f'<a href="{escape(url)}">{escape(url)}</a>' if url else ""
    return (f'<p class="how-to-cite"><strong>{escape(label("how_to_cite"))}:</strong> '
            f'{escape(before)}{link}{escape(after)}</p>')


# --- the contributor guide's reference of every data field -----------------------------------

def schema_reference(curriculum: Curriculum, lang: str, links: Links | None = None) -> str:
    from curriculum.model.schema import SCHEMAS

    ui = lambda key: _ui(curriculum, key, lang)
    sections = []
    for name, fields in SCHEMAS.items():
        rows = []
        for key, spec in _flatten(fields):
            kind = curriculum.label("schema_kind", spec.kind, lang)
            allowed = f"{kind} {', '.join(spec.choices)}" if spec.choices else kind
            rows.append(f'<tr><td><code>{escape(key)}</code></td><td>{escape(ui("answer_yes") if spec.required else ui("answer_no"))}</td>'
                        f'<td>{escape(allowed)}</td><td>{escape(spec.meaning.get(lang, ""))}</td></tr>')
        head = "".join(f'<th scope="col">{escape(ui(k))}</th>' for k in ("field_name", "required", "allowed", "meaning"))
        sections.append(f'<h3 id="fields-{name}"><code>{escape(name)}</code></h3>\n<div class="schema"><table>\n'
                        f'<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
    return "\n\n".join(sections)


def _flatten(fields, prefix=""):
    """Every documented field, nested ones as ``recognition.cap_credits`` or ``terms[].semester``."""
    for key, spec in fields.items():
        if not spec.meaning:
            continue
        yield f"{prefix}{key}", spec
        if spec.kind == "record":
            yield from _flatten(spec.fields, f"{prefix}{key}.")
        elif spec.kind == "list" and spec.item is not None and spec.item.kind == "record":
            yield from _flatten(spec.item.fields, f"{prefix}{key}[].")


# --- the contributors' translation status page --------------------------------------------

def translation_status_table(statuses, curriculum: Curriculum, lang: str, links: Links,
                             checks: dict[str, int] | None = None) -> str:
    """The status of every page in each language; above it, how many facts each language still marks
    "to be checked", so the team sees how many remain."""
    from curriculum.languages import LANGUAGES as ALL

    ui = lambda key: _ui(curriculum, key, lang)
    counts: dict[str, int] = {}
    rows = []
    for status in statuses:
        cells = []
        for other in ALL:
            state = status.states[other]
            counts[state] = counts.get(state, 0) + 1
            cells.append(f'<td class="status-{state}">{escape(ui("tr_" + state))}</td>')
        rows.append(f'<tr><th scope="row"><code>{escape(status.page)}</code></th>{"".join(cells)}</tr>')
    head = f'<th scope="col">{escape(ui("tr_page"))}</th>' + "".join(
        f'<th scope="col">{escape(ui("lang_" + other))}</th>' for other in ALL)
    summary = ", ".join(f'{escape(ui("tr_" + state))}: {counts.get(state, 0)}'
                        for state in ("current", "stale", "untracked", "missing"))
    pending = ""
    if checks is not None:
        counts_text = " · ".join(f'{escape(ui("lang_" + other))}: {checks.get(other, 0)}' for other in ALL)
        pending = (f'<p class="checks-pending">{escape(curriculum.label("legal", "checks_pending", lang))}: '
                   f'{counts_text}</p>\n')
    return (f'{pending}<p class="translation-summary">{summary}</p>\n<div class="translation-status"><table>\n'
            f'<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
