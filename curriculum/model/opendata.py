"""The curriculum as open data for other university systems (format "curriculum-json/1").

Language-neutral facts once, titles and texts in kk, ru and en; URLs relative to the site root.
The format is documented in docs/*/contributing/data.md.
"""

from __future__ import annotations

from curriculum.languages import DEFAULT_LANGUAGE, LANGUAGES
from curriculum.model.licence import CONTENT, attributions
from curriculum.model.records import Curriculum
from curriculum.model.validate import plan_totals, semester_totals

FORMAT = "curriculum-json/1"


def curriculum_document(curriculum: Curriculum, site_url: str | None = None) -> dict:
    """The document; ``site_url`` (the published site's address, when known) goes into the attribution line."""
    p, university = curriculum.programme, curriculum.university
    return {
        "format": FORMAT,
        # Reusers credit the programme with this line, in any of the three languages (CC BY 4.0).
        "licence": {"spdx": CONTENT.spdx, "name": CONTENT.name, "url": CONTENT.url,
                    "attribution": attributions(curriculum, site_url or None)},
        # The adopting university (data/university.yml); name null: the model programme, adopted by none yet.
        "university": {"name": university.name, "site_url": site_url or university.site_url,
                       "contact": university.contact, "logo": university.logo},
        "programme": {
            "code": university.programme_code,
            "name": p.name,
            "degree": p.degree,
            "field": p.field_of_education,
            "direction": p.direction,
            "total_credits": p.total_credits,
            "duration_years": p.duration_years,
            "semesters": p.semesters,
            "languages_of_instruction": list(university.languages_of_instruction),
            "assessment": p.assessment,
            "outcomes": [{"id": o.id, "text": o.text, "dublin": list(o.dublin), "naspaa": list(o.naspaa)}
                         for o in p.outcomes],
            "modules": [{"id": m.id, "name": m.name} for m in p.modules],
            "tracks": [{"id": t.id, "name": t.name} for t in p.tracks],
            "elective_groups": [{"id": g.id, "name": g.name} for g in p.elective_groups],
        },
        "standard": curriculum.standard,
        "legal_acts": [
            {"id": a.id, "kind": a.kind, "title": a.title, "date": a.date, "number": a.number, "status": a.status,
             "in_force": a.in_force, "ended": a.ended, "replaced_by": a.replaced_by,
             "adilet": f"https://adilet.zan.kz/rus/docs/{a.adilet}" if a.adilet else None, "checked": a.checked}
            for a in curriculum.acts.values()
        ],
        "totals": {
            "by_cycle": plan_totals(curriculum),
            "by_semester": {str(s): n for s, n in sorted(semester_totals(curriculum).items())},
            "counted_track": curriculum.reference_track(),
        },
        "courses": [
            {
                "code": c.code,
                "kind": c.kind,
                "title": c.title,
                "credits": c.credits,
                "hours": c.hours,
                "total_hours": c.total_hours,
                "semester": c.semester,
                "cycle": c.cycle,
                "component": c.component,
                "module": c.module,
                "track": c.track,
                "group": c.group,
                "prerequisites": list(c.prerequisites),
                "postrequisites": curriculum.postrequisites(c.code),
                "outcomes": list(c.outcomes),
                "assessment": c.assessment,
                "syllabus": c.syllabus,
                "urls": {lang: ("" if lang == DEFAULT_LANGUAGE else f"{lang}/") + f"courses/{c.slug}/"
                         for lang in LANGUAGES},
            }
            for c in curriculum.ordered()
        ],
        "pathway": _pathway(curriculum.pathway),
    }


def _pathway(pathway) -> dict | None:
    """The accelerated pathway (a proposal of the programme), or null when the programme has none."""
    if pathway is None:
        return None
    return {
        "name": pathway.name,
        "track": pathway.track,
        "entry": list(pathway.entry),
        "mode": list(pathway.mode),
        "semester_credits": pathway.semester_credits,
        "terms": [{"semester": t.semester, "courses": list(t.courses), "groups": list(t.groups)} for t in pathway.terms],
        "recognition": {
            "cap_credits": pathway.cap_credits,
            "term": pathway.recognition_term,
            "excluded_cycles": list(pathway.excluded_cycles),
            "excluded_courses": list(pathway.excluded_courses),
            "evidence": list(pathway.evidence),
            "sources": [{"id": s.id, "name": s.name, "source": s.source,
                         "modules": [{"id": m.id, "name": m.name} for m in s.modules]} for s in pathway.sources],
            "courses": [{"course": r.course, "modules": list(r.modules), "task": r.task} for r in pathway.recognitions],
        },
    }
