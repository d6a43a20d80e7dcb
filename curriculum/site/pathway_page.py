"""The accelerated pathway page's blocks, from data/pathway.yml: the key facts, the plan semester by
semester and the recognition of prior learning. Every value from data is escaped where it enters HTML.
"""

from __future__ import annotations

from html import escape

from curriculum.language.numbers import counted
from curriculum.model.pathway import term_courses
from curriculum.model.records import Course, Curriculum, Pathway
from curriculum.site.render import Links, _component_cell, _course_link, elective_group_row


def _label(curriculum: Curriculum, key: str, lang: str, **values) -> str:
    text = curriculum.label("pathway", key, lang)
    return text.format(**values) if values else text


def _missing(curriculum: Curriculum) -> Pathway:
    if curriculum.pathway is None:
        raise ValueError("the page shows the pathway, but data/pathway.yml is missing")
    return curriculum.pathway


# --- who may enter, length, load, mode ---------------------------------------------------------

def pathway_facts(curriculum: Curriculum, lang: str, links: Links | None = None) -> str:
    pathway = _missing(curriculum)
    label = lambda key, **values: _label(curriculum, key, lang, **values)
    semesters = len(pathway.terms)
    shorter = semesters - 1
    unit_semester, unit_year = label("unit_semester"), label("unit_year")
    length = label("length_value", semesters=counted(semesters, unit_semester, lang),
                   years=counted(semesters / 2, unit_year, lang), shorter=counted(shorter, unit_semester, lang),
                   shorter_years=counted(shorter / 2, unit_year, lang))
    limits = pathway.semester_credits
    track = curriculum.track(pathway.track) if pathway.track else None
    items = lambda texts: "<ul>" + "".join(f"<li>{escape(text[lang])}</li>" for text in texts) + "</ul>"
    rows = [
        (label("entry"), items(pathway.entry)),
        (label("length"), escape(length)),
        (label("credits"), escape(label("credits_value", total=curriculum.programme.total_credits,
                                        cap=pathway.cap_credits))),
        (label("load"), escape(label("load_value", min=limits["min"], max=limits["max"]))),
        (label("mode"), items(pathway.mode)),
    ]
    if track:
        rows.append((label("track"), escape(track.name[lang])))
    body = "\n".join(f'<tr><th scope="row">{escape(name)}</th><td>{value}</td></tr>' for name, value in rows)
    return (f'<div class="pathway-facts" role="region" aria-label="{escape(pathway.name[lang])}"><table>\n'
            f'<tbody>\n{body}\n</tbody>\n</table></div>')


# --- the plan, semester by semester ------------------------------------------------------------

def pathway_plan(curriculum: Curriculum, lang: str, links: Links) -> str:
    pathway = _missing(curriculum)
    ui = lambda key: curriculum.label("ui", key, lang)
    recognised = set(pathway.recognised_codes())
    head = (f'<thead><tr><th scope="col">{escape(ui("code"))}</th><th scope="col">{escape(ui("title"))}</th>'
            f'<th scope="col">{escape(ui("credits"))}</th><th scope="col">{escape(ui("cycle"))}</th>'
            f'<th scope="col">{escape(ui("component"))}</th></tr></thead>')
    parts = []
    for term in pathway.terms:
        rows = []
        for code in term.courses:
            course = curriculum.courses[code]
            note = (f' <span class="recognisable">({escape(_label(curriculum, "may_be_recognised", lang))})</span>'
                    if code in recognised else "")
            rows.append(f'<tr><td>{escape(code)}</td><td><a href="{escape(links.course(course, lang))}">'
                        f'{escape(course.title[lang])}</a>{note}</td><td>{course.credits}</td>'
                        f'<td>{escape(curriculum.label("cycle", course.cycle, lang))}</td>'
                        f'<td>{_component_cell(curriculum, course, lang)}</td></tr>')
        for group_id in term.groups:
            rows.append(elective_group_row(curriculum, group_id, lang, links))
        credits = sum(c.credits for c in term_courses(curriculum, pathway, term))
        rows.append(f'<tr class="total"><th scope="row" colspan="2">{escape(ui("total"))}</th>'
                    f'<td>{credits}</td><td colspan="2"></td></tr>')
        title = _label(curriculum, "semester", lang, number=term.semester)
        note = (f'<p class="recognition-term">{escape(_label(curriculum, "recognition_term", lang))}</p>\n'
                if term.semester == pathway.recognition_term else "")
        parts.append(f'<h3 id="pathway-semester-{term.semester}">{escape(title)}</h3>\n{note}'
                     f'<div class="structure"><table>\n{head}\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table></div>")
    return "\n\n".join(parts)


# --- recognition of prior learning ------------------------------------------------------------

def pathway_recognition(curriculum: Curriculum, lang: str, links: Links) -> str:
    pathway = _missing(curriculum)
    label = lambda key, **values: _label(curriculum, key, lang, **values)
    ui = lambda key: curriculum.label("ui", key, lang)
    modules = pathway.modules()
    sources = {s.id: s for s in pathway.sources}
    rows = []
    for recognition in pathway.recognitions:
        course: Course = curriculum.courses[recognition.course]
        counted_from = "<br>".join(
            f'{escape(modules[m].name[lang])} <span class="source">({escape(sources[modules[m].source].name[lang])})</span>'
            for m in recognition.modules)
        rows.append(f'<tr><td>{_course_link(curriculum, course.code, lang, links)}</td><td>{counted_from}</td>'
                    f'<td>{escape(recognition.task[lang])}</td><td>{course.credits}</td></tr>')
    head = "".join(f'<th scope="col">{escape(text)}</th>'
                   for text in (label("course"), label("counts_from"), label("task"), ui("credits")))
    credits = sum(curriculum.courses[r.course].credits for r in pathway.recognitions)
    table = (f'<div class="recognition"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n' + "\n".join(rows)
             + "\n</tbody>\n</table></div>\n"
             f'<p class="recognition-total">{escape(label("recognised_total", credits=credits, cap=pathway.cap_credits))}</p>')
    used = {m for r in pathway.recognitions for m in r.modules}
    unused = [m for s in pathway.sources for m in s.modules if m.id not in used]
    not_counted = ""
    if unused:
        not_counted = (f'<p>{escape(label("not_counted"))}</p>\n<ul class="not-counted">'
                       + "".join(f'<li>{escape(m.name[lang])} ({escape(sources[m.source].name[lang])})</li>' for m in unused)
                       + "</ul>")
    excluded = [curriculum.label("cycle_name", cycle, lang) for cycle in pathway.excluded_cycles]
    excluded += [f"{code} {curriculum.courses[code].title[lang]}" for code in pathway.excluded_courses]
    never = f'<p class="excluded">{escape(label("excluded", what="; ".join(excluded)))}</p>' if excluded else ""
    evidence = (f'<h3 id="evidence">{escape(label("evidence"))}</h3>\n<ul class="evidence">'
                + "".join(f"<li>{escape(item[lang])}</li>" for item in pathway.evidence) + "</ul>")
    source_list = ("<p class=\"sources-of-modules\">" + escape(label("source")) + ": "
                   + "; ".join(f"{escape(s.name[lang])} — {escape(s.source)}" for s in pathway.sources if s.source) + "</p>")
    return "\n".join(part for part in (table, not_counted, never, evidence, source_list) if part)
