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
    rows += [
        (ui("prerequisites"), "<br>".join(prerequisites) or escape(ui("none"))),
        (ui("postrequisites"), "<br>".join(postrequisites) or escape(ui("none"))),
        (ui("outcomes"), _outcome_links(curriculum, course, lang, links)),
        (ui("assessment"), escape(curriculum.label("assessment", course.assessment, lang))),
        (ui("syllabus"), escape(ui("syllabus_full" if course.syllabus == "full" else "syllabus_summary"))),
    ]
    body = "\n".join(f'<tr><th scope="row">{escape(name)}</th><td>{value}</td></tr>' for name, value in rows)
    return (f'<div class="course-summary" role="region" aria-label="{escape(course.title[lang])}">\n'
            f'<table>\n<tbody>\n{body}\n</tbody>\n</table>\n</div>')


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
    ]
    selects = "\n".join(
        f'<label>{escape(label)} <select name="{name}" data-filter="{name}">'
        f'<option value="">{escape(ui("all"))}</option>'
        + "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in options)
        + "</select></label>"
        for name, label, options in filters)
    form = (f'<form class="catalogue-filter" data-catalogue-filter hidden aria-label="{escape(ui("filter"))}">\n'
            f'{selects}\n<button type="reset">{escape(ui("reset"))}</button>\n'
            f'<p>{escape(ui("shown"))}: <output data-catalogue-count>{len(courses)}</output> / {len(courses)}</p>\n</form>')
    head = "".join(f'<th scope="col">{escape(ui(key))}</th>'
                   for key in ("code", "title", "credits", "semester", "cycle", "component", "module"))
    rows = "\n".join(
        f'<tr data-semester="{c.semester}" data-cycle="{c.cycle}" data-component="{c.component}" data-module="{c.module}">'
        f'<td>{escape(c.code)}</td><td><a href="{escape(links.course(c, lang))}">{escape(c.title[lang])}</a></td>'
        f'<td>{c.credits}</td><td>{c.semester}</td>'
        f'<td><abbr title="{escape(curriculum.label("cycle_name", c.cycle, lang))}">{escape(curriculum.label("cycle", c.cycle, lang))}</abbr></td>'
        f'<td>{_component_cell(curriculum, c, lang)}</td>'
        f'<td><abbr title="{escape(curriculum.module(c.module).name[lang] if curriculum.module(c.module) else "")}">{escape(c.module)}</abbr></td></tr>'
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
        electives = [c for c in courses if c.is_elective]
        slots = [c for c in electives if c.track == curriculum.reference_track()]
        for index, slot in enumerate(slots):
            options = [c for c in electives if c.track != slot.track or c is slot]
            per_track = {}
            for c in options:
                per_track.setdefault(c.track, []).append(c)
            chosen = "<br>".join(
                f"{escape(curriculum.track(t).name[lang])}: {_course_link(curriculum, cs[index].code, lang, links)}"
                for t, cs in per_track.items() if index < len(cs))
            rows.append(f'<tr class="elective"><td>{escape(ui("component"))} '
                        f'{escape(curriculum.label("component", "KV", lang))}</td><td>{chosen}</td><td>{slot.credits}</td>'
                        f'<td>{escape(curriculum.label("cycle", slot.cycle, lang))}</td>'
                        f'<td>{escape(curriculum.label("component", "KV", lang))}</td></tr>')
        rows.append(f'<tr class="total"><th scope="row" colspan="2">{escape(ui("total"))}</th>'
                    f'<td>{per_semester.get(semester, 0)}</td><td colspan="2"></td></tr>')
        parts.append(f'<h2 id="semester-{semester}">{escape(ui("semester"))} {semester}</h2>\n'
                     f'<div class="structure"><table>\n{head}\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
    parts.append(standard_comparison(curriculum, lang))
    parts.append(f'<p class="open-data"><a href="{escape(links.to("programme/curriculum.json"))}" type="application/json">'
                 f'curriculum.json</a> — {escape(ui("open_data"))}</p>')
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
    ids = programme.outcome_ids()
    matrix_head = (f'<th scope="col">{escape(ui("code"))}</th><th scope="col">{escape(ui("title"))}</th>'
                   + "".join(f'<th scope="col"><a href="#{o.lower()}">{escape(o)}</a></th>' for o in ids))
    matrix_rows = []
    for course in curriculum.ordered():
        cells = "".join(f'<td>{"●" if o in course.outcomes else ""}</td>' for o in ids)
        matrix_rows.append(f'<tr><th scope="row">{escape(course.code)}</th><td><a href="{escape(links.course(course, lang))}">'
                           f'{escape(course.title[lang])}</a></td>{cells}</tr>')
    matrix = (f'<h2 id="matrix">{escape(ui("outcomes"))} × {escape(ui("code"))}</h2>\n'
              f'<div class="matrix"><table>\n<thead><tr>{matrix_head}</tr></thead>\n<tbody>\n'
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
    p = curriculum.programme
    code = escape(p.code) if p.code else f'<em>{escape(ui("code_to_assign"))}</em>'
    languages = ", ".join(ui(f"lang_{l}") for l in p.languages_of_instruction)
    rows = [
        (ui("title"), escape(p.name[lang])),
        (ui("programme_code"), code),
        (ui("field"), escape(f"{p.field_of_education['code']} {p.field_of_education[lang]}")),
        (ui("direction"), escape(f"{p.direction['code']} {p.direction[lang]}")),
        (ui("degree"), escape(p.degree[lang])),
        (ui("duration"), escape(f"{p.duration_years} {ui('years')}")),
        (ui("total_credits"), str(p.total_credits)),
        (ui("languages"), escape(languages)),
    ]
    body = "\n".join(f'<tr><th scope="row">{escape(name)}</th><td>{value}</td></tr>' for name, value in rows)
    return f'<div class="passport-facts"><table>\n<tbody>\n{body}\n</tbody>\n</table></div>'


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
    for key, spec in fields.items():
        if not spec.meaning:
            continue
        yield f"{prefix}{key}", spec
        if spec.kind == "record":
            yield from _flatten(spec.fields, f"{prefix}{key}.")


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
