"""Rules across records: the state standard, prerequisites, outcomes, tracks and pages.

Each rule is a function from the curriculum to a list of problems; ``validate`` runs them all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.records import Course, Curriculum
from curriculum.model.problems import Problem
from curriculum.model.sources import read_text

STANDARD_FILE = "data/standard.yml"


def validate(curriculum: Curriculum, docs_dir: Path | None = None, shown_docs: str = "docs") -> list[Problem]:
    problems = []
    for rule in (check_programme_ids, check_hours, check_kinds, check_prerequisite_order, check_prerequisite_cycles,
                 check_acts):
        problems += rule(curriculum)
    reference_problems = check_references(curriculum)
    problems += reference_problems
    if not curriculum.unreadable and not reference_problems:
        # Totals and coverage over unreadable records or unknown ids would only echo those problems.
        for rule in (check_outcome_coverage, check_tracks, check_elective_groups, check_elective_prerequisites,
                     check_standard_totals, check_cycle_components, check_semester_load):
            problems += rule(curriculum)
        if curriculum.pathway is not None:
            from curriculum.model.pathway import check_pathway  # the pathway's rules build on this module's
            problems += check_pathway(curriculum)
    if docs_dir is not None:
        problems += check_course_pages(curriculum, Path(docs_dir), shown_docs)
        problems += check_logo(curriculum, Path(docs_dir), shown_docs)
    return problems


def check_logo(curriculum: Curriculum, docs_dir: Path, shown_docs: str = "docs") -> list[Problem]:
    """The university's logo is a file the site publishes: one under docs/, outside the language folders."""
    university = curriculum.university
    if not university.logo:
        return []
    logo = Path(university.logo)
    if logo.is_absolute() or ".." in logo.parts or (logo.parts and logo.parts[0] in LANGUAGES):
        return [Problem(university.path, university.line("logo"), f"logo '{university.logo}' is not a site asset",
                        f"a path inside {shown_docs}/ outside the language folders, e.g. assets/university-logo.svg")]
    if not (docs_dir / logo).is_file():
        return [Problem(university.path, university.line("logo"), f"logo file {shown_docs}/{university.logo} does not exist",
                        f"put the image in {shown_docs}/assets/ and write its path from {shown_docs}/, "
                        f"e.g. logo: assets/university-logo.svg")]
    return []


def check_programme_ids(curriculum: Curriculum) -> list[Problem]:
    programme, problems = curriculum.programme, []
    for key, items in (("outcomes", programme.outcomes), ("modules", programme.modules), ("tracks", programme.tracks),
                       ("elective_groups", programme.elective_groups)):
        counts = Counter(item.id for item in items)
        for item_id, count in counts.items():
            if count > 1:
                problems.append(Problem(programme.path, programme.line((key, item_id)),
                                        f"{key} id {item_id} is used {count} times", "each id is used once"))
    return problems


def check_references(curriculum: Curriculum) -> list[Problem]:
    programme, problems = curriculum.programme, []
    modules = [m.id for m in programme.modules]
    tracks = [t.id for t in programme.tracks]
    groups = [g.id for g in programme.elective_groups]
    outcomes = programme.outcome_ids()
    for course in curriculum.ordered():
        if course.module not in modules:
            problems.append(Problem(course.path, course.line("module"), f"unknown module {course.module}",
                                    "modules in data/programme.yml: " + ", ".join(modules)))
        if course.is_elective and not course.track and not course.group:
            problems.append(Problem(course.path, course.line("component"), "an elective (KV) course has no track or group",
                                    "add 'track:' with one of: " + (", ".join(tracks) or "none defined")
                                    + "; or 'group:' with one of: " + (", ".join(groups) or "none defined")))
        if course.track and course.group:
            problems.append(Problem(course.path, course.line("group"), "a course has both a track and an elective group",
                                    "keep one: a track's course is taken by the students of that track, a group's "
                                    "course by any student who chooses it"))
        if course.track and course.track not in tracks:
            problems.append(Problem(course.path, course.line("track"), f"unknown track {course.track}",
                                    "tracks in data/programme.yml: " + ", ".join(tracks)))
        if course.group and course.group not in groups:
            problems.append(Problem(course.path, course.line("group"), f"unknown elective group {course.group}",
                                    "elective_groups in data/programme.yml: " + (", ".join(groups) or "none defined")))
        if course.track and not course.is_elective:
            problems.append(Problem(course.path, course.line("track"), "only elective (KV) courses belong to a track",
                                    "remove 'track:' or set 'component: KV'"))
        if course.group and not course.is_elective:
            problems.append(Problem(course.path, course.line("group"), "only elective (KV) courses belong to an elective group",
                                    "remove 'group:' or set 'component: KV'"))
        for index, outcome in enumerate(course.outcomes):
            if outcome not in outcomes:
                problems.append(Problem(course.path, course.line(("outcomes", index)), f"unknown programme outcome {outcome}",
                                        "outcomes in data/programme.yml: " + ", ".join(outcomes)))
        for index, code in enumerate(course.prerequisites):
            if code not in curriculum.courses:
                problems.append(Problem(course.path, course.line(("prerequisites", index)), f"unknown prerequisite {code}",
                                        "the code of a course in data/courses/"))
            elif code == course.code:
                problems.append(Problem(course.path, course.line(("prerequisites", index)),
                                        "a course cannot be its own prerequisite", "codes of other courses"))
    return problems


def check_acts(curriculum: Curriculum) -> list[Problem]:
    """The register's entries agree with themselves: what replaced an act exists, an act in force has no end."""
    problems = []
    for act in curriculum.acts.values():
        if act.status == "unreadable":
            continue
        if act.replaced_by and act.replaced_by not in curriculum.acts:
            problems.append(Problem(act.path, act.line("replaced_by"), f"act {act.id} is replaced by unknown act {act.replaced_by}",
                                    "the id of another act in data/legal-acts.yml"))
        if act.replaced_by == act.id:
            problems.append(Problem(act.path, act.line("replaced_by"), f"act {act.id} is replaced by itself",
                                    "the id of the act that replaced it"))
        if act.status == "superseded" and not act.replaced_by:
            problems.append(Problem(act.path, act.line("status"), f"act {act.id} is superseded but names no successor",
                                    "add 'replaced_by:' with the id of the act that replaced it, or use status repealed"))
        if not act.is_historical:
            for key in ("replaced_by", "ended", "superseded_forms"):
                if getattr(act, key):
                    problems.append(Problem(act.path, act.line(key), f"act {act.id} is {act.status} but has '{key}'",
                                            f"'{key}' belongs to an act no longer in force (superseded, repealed, expired)"))
    return problems


def check_hours(curriculum: Curriculum) -> list[Problem]:
    per_credit = curriculum.standard["hours_per_credit"]
    problems = []
    for course in curriculum.ordered():
        expected = course.credits * per_credit
        if course.total_hours != expected:
            split = " + ".join(f"{key} {value}" for key, value in course.hours.items())
            problems.append(Problem(
                course.path, course.line("hours"),
                f"hours add up to {course.total_hours} ({split}), not {expected}",
                f"{course.credits} credits × {per_credit} hours = {expected} hours"))
    return problems


def check_kinds(curriculum: Curriculum) -> list[Problem]:
    """The final attestation sits outside the cycles; internships are practice hours."""
    problems = []
    for course in curriculum.ordered():
        is_attestation = course.kind == "final-attestation"
        if is_attestation != (course.cycle == "IA") or is_attestation != (course.component == "IA"):
            problems.append(Problem(course.path, course.line("kind"),
                                    f"kind {course.kind} with cycle {course.cycle} and component {course.component}",
                                    "the final attestation has cycle IA and component IA, and only it does"))
        if course.kind == "internship" and not course.hours.get("practice"):
            problems.append(Problem(course.path, course.line("hours"), "an internship without practice hours",
                                    "give an internship its hours under 'practice:'"))
        if course.cycle == "OOD" and course.component == "KV" and not course.track:
            continue
    return problems


def comes_before(prerequisite: Course, course: Course, prerequisite_term: int, course_term: int) -> bool:
    """A prerequisite is taken in an earlier term; the final attestation closes its term, so what is taught
    in the same term (the pre-diploma internship) comes before it."""
    if course.is_final_attestation and not prerequisite.is_final_attestation:
        return prerequisite_term <= course_term
    return prerequisite_term < course_term


def check_prerequisite_order(curriculum: Curriculum) -> list[Problem]:
    problems = []
    for course in curriculum.ordered():
        for index, code in enumerate(course.prerequisites):
            earlier = curriculum.courses.get(code)
            if earlier and earlier.code != course.code and not comes_before(earlier, course, earlier.semester,
                                                                              course.semester):
                if course.is_final_attestation:
                    message = f"prerequisite {code} is taught in semester {earlier.semester}, after semester {course.semester}"
                    allowed = f"the final attestation's prerequisites are taught in semester {course.semester} or before"
                else:
                    message = f"prerequisite {code} is taught in semester {earlier.semester}, not before semester {course.semester}"
                    allowed = (f"a prerequisite is taught in an earlier semester (1–{course.semester - 1})"
                               if course.semester > 1 else "a first-semester course has no prerequisites")
                problems.append(Problem(course.path, course.line(("prerequisites", index)), message, allowed))
    return problems


def check_elective_prerequisites(curriculum: Curriculum) -> list[Problem]:
    """A prerequisite is one every student of the course has taken: an elective of one track only for a
    course of that track, and an elective of a group never (a student may have chosen another course)."""
    problems = []
    for course in curriculum.ordered():
        for index, code in enumerate(course.prerequisites):
            needed = curriculum.courses.get(code)
            if needed is None or not needed.is_elective or needed.code == course.code:
                continue
            if needed.track and needed.track == course.track:
                continue
            what = (f"prerequisite {code} is an elective of track {needed.track}, which students of "
                    + (f"track {course.track}" if course.track else "other tracks") + " do not take"
                    if needed.track else
                    f"prerequisite {code} is one course of elective group {needed.group}, which a student may not choose")
            problems.append(Problem(course.path, course.line(("prerequisites", index)), what,
                                    "a prerequisite every student of this course has taken: a compulsory (OK, VK) "
                                    "course, or for a track's course a course of the same track"))
    return problems


def check_prerequisite_cycles(curriculum: Curriculum) -> list[Problem]:
    """Report each cycle once, as the path that closes it: A → B → C → A."""
    graph = {code: [p for p in course.prerequisites if p in curriculum.courses]
             for code, course in curriculum.courses.items()}
    state: dict[str, str] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(code: str) -> None:
        state[code] = "open"
        stack.append(code)
        for needed in graph[code]:
            if state.get(needed) == "open":
                cycles.append(stack[stack.index(needed):] + [needed])
            elif needed not in state:
                visit(needed)
        stack.pop()
        state[code] = "done"

    for code in sorted(graph):
        if code not in state:
            visit(code)
    problems = []
    for cycle in cycles:
        first = curriculum.courses[cycle[0]]
        problems.append(Problem(first.path, first.line("prerequisites"),
                                "prerequisites form a cycle: " + " → ".join(cycle),
                                "prerequisites lead only to earlier courses, never back"))
    return problems


def check_outcome_coverage(curriculum: Curriculum) -> list[Problem]:
    served = {outcome for course in curriculum.courses.values() for outcome in course.outcomes}
    programme = curriculum.programme
    problems = []
    for outcome in programme.outcomes:
        if outcome.id not in served:
            problems.append(Problem(programme.path, programme.line(("outcomes", outcome.id)),
                                    f"programme outcome {outcome.id} is served by no course",
                                    f"list {outcome.id} under 'outcomes:' of at least one course"))
    for course in curriculum.ordered():
        if not course.outcomes:
            problems.append(Problem(course.path, course.line("outcomes"), "the course serves no programme outcome",
                                    "list at least one outcome id (PO1…) under 'outcomes:'"))
    return problems


def check_tracks(curriculum: Curriculum) -> list[Problem]:
    """Every track offers the same credits in each semester, so any choice completes the plan."""
    per_track: dict[str, Counter] = {t.id: Counter() for t in curriculum.programme.tracks}
    for course in curriculum.courses.values():
        if course.is_elective and course.track in per_track:
            per_track[course.track][course.semester] += course.credits
    if not per_track:
        return []
    reference_id = curriculum.reference_track()
    reference = per_track[reference_id]
    problems = []
    programme = curriculum.programme
    for track_id, credits in per_track.items():
        if credits != reference:
            describe = lambda c: ", ".join(f"semester {s}: {n}" for s, n in sorted(c.items())) or "no courses"
            problems.append(Problem(programme.path, programme.line(("tracks", track_id)),
                                    f"track {track_id} offers {describe(credits)}",
                                    f"every track offers the same credits per semester as {reference_id}: {describe(reference)}"))
    return problems


def check_elective_groups(curriculum: Curriculum) -> list[Problem]:
    """A group is a choice among like courses: at least two, in the same semester and cycle, with the same credits."""
    programme, problems = curriculum.programme, []
    for group in programme.elective_groups:
        courses = curriculum.group_courses(group.id)
        where = programme.path, programme.line(("elective_groups", group.id))
        if len(courses) < 2:
            listed = f": only {courses[0].code}" if courses else ""
            problems.append(Problem(*where, f"elective group {group.id} has {len(courses)} course{'s' if len(courses) != 1 else ''}{listed}",
                                    "a group offers a choice: give 'group: " + group.id + "' to at least two KV courses"))
            continue
        first = courses[0]
        for key, noun in (("semester", "semester"), ("credits", "credits"), ("cycle", "cycle")):
            values = {getattr(c, key) for c in courses}
            if len(values) > 1:
                described = ", ".join(f"{c.code} {getattr(c, key)}" for c in courses)
                problems.append(Problem(*where, f"elective group {group.id} mixes {noun}: {described}",
                                        f"every course of a group has the same {noun} as {first.code}, "
                                        f"so that any choice completes the plan"))
    return problems


def _listed(courses: list[Course]) -> str:
    """The courses behind a total, so the contributor sees which records to open."""
    return ", ".join(f"{c.code} {c.credits}" for c in courses) or "no course"


def _by_semester(courses: list[Course]) -> str:
    totals: dict[int, int] = defaultdict(int)
    for course in courses:
        totals[course.semester] += course.credits
    return ", ".join(f"semester {s}: {n}" for s, n in sorted(totals.items()))


def check_standard_totals(curriculum: Curriculum) -> list[Problem]:
    """The standard's totals; each message lists the courses behind the total (data/courses/<CODE>.yml)."""
    standard, line = curriculum.standard, curriculum.standard_lines.get
    totals = plan_totals(curriculum)
    plan = curriculum.plan()
    programme = curriculum.programme
    general = standard["general_education"]
    ood = [c for c in plan if c.cycle == "OOD"]
    ood_ok = [c for c in ood if c.component == "OK"]
    ood_choice = [c for c in ood if c.component != "OK"]
    basic_profile = [c for c in plan if c.cycle in ("BD", "PD")]
    attestation = [c for c in plan if c.cycle == "IA"]
    problems = []

    def rule(ok: bool, key: str, what: str, allowed: str) -> None:
        if not ok:
            problems.append(Problem(STANDARD_FILE, line(key), what, f"the standard requires {allowed}"))

    rule(totals["total"] >= standard["total_credits_min"], "total_credits_min",
         f"the plan has {totals['total']} credits ({_by_semester(plan)})", f"at least {standard['total_credits_min']} credits")
    if totals["total"] != programme.total_credits:
        problems.append(Problem(programme.path, programme.line("total_credits"),
                                f"total_credits: {programme.total_credits}, but the plan has {totals['total']} credits "
                                f"({_by_semester(plan)})",
                                "total_credits equal to the sum of the plan (one track counted)"))
    rule(totals["OOD"] == general["total"], "general_education",
         f"general education (OOD) has {totals['OOD']} credits: {_listed(ood)}", f"exactly {general['total']} credits")
    rule(totals["OOD_OK"] == general["compulsory"], "general_education",
         f"compulsory general education (OOD, OK) has {totals['OOD_OK']} credits: {_listed(ood_ok)}",
         f"exactly {general['compulsory']} credits")
    rule(totals["OOD_choice"] == general["elective"], "general_education",
         f"university or elective general education (OOD, VK/KV) has {totals['OOD_choice']} credits: {_listed(ood_choice)}",
         f"exactly {general['elective']} credits")
    rule(totals["BD"] + totals["PD"] >= standard["basic_and_profile_min"], "basic_and_profile_min",
         f"basic and profile disciplines (BD + PD, internships included) have {totals['BD'] + totals['PD']} credits "
         f"(BD {totals['BD']}, PD {totals['PD']}; {_by_semester(basic_profile)})",
         f"at least {standard['basic_and_profile_min']} credits")
    rule(totals["IA"] >= standard["final_attestation_min"], "final_attestation_min",
         f"the final attestation has {totals['IA']} credits: {_listed(attestation)}",
         f"at least {standard['final_attestation_min']} credits")
    return problems


CYCLE_NAMES = {"OOD": "general education", "BD": "basic disciplines", "PD": "profile disciplines"}
COMPONENT_NAMES = {"OK": "compulsory", "VK": "university", "KV": "elective"}


def check_cycle_components(curriculum: Curriculum) -> list[Problem]:
    """BD and PD each have a university (VK) and an elective (KV) component, whichever track a student follows."""
    required = curriculum.standard.get("cycle_components") or {}
    tracks = [t.id for t in curriculum.programme.tracks] or [None]
    missing: dict[tuple[str, str], list] = defaultdict(list)
    plans = {track: curriculum.plan(track) for track in tracks}
    for track, plan in plans.items():
        for cycle, components in required.items():
            for component in components:
                if not any(c.cycle == cycle and c.component == component for c in plan):
                    missing[(cycle, component)].append(track)
    problems = []
    wanted = "; ".join(f"{cycle}: " + " and ".join(components) for cycle, components in required.items())
    for (cycle, component), lacking in missing.items():
        plan = plans[lacking[0]]
        in_cycle = [c for c in plan if c.cycle == cycle]
        has = "; ".join(f"{comp} {sum(c.credits for c in in_cycle if c.component == comp)} — "
                        + ", ".join(c.code for c in in_cycle if c.component == comp)
                        for comp in ("OK", "VK", "KV") if any(c.component == comp for c in in_cycle)) or "no course"
        for_whom = "" if lacking == tracks else " for track " + ", ".join(lacking)
        problems.append(Problem(
            STANDARD_FILE, curriculum.standard_lines.get("cycle_components"),
            f"{CYCLE_NAMES[cycle]} ({cycle}) have no {COMPONENT_NAMES[component]} component ({component}){for_whom}: "
            f"{cycle} is {has}",
            f"the standard requires both components in each cycle ({wanted}): set 'component: {component}' in "
            f"a {cycle} course" + (" with a track or an elective group" if component == "KV" else "")))
    return problems


def check_semester_load(curriculum: Curriculum) -> list[Problem]:
    limits = curriculum.standard["semester_credits"]
    plan = curriculum.plan()
    problems = []
    for semester in range(1, curriculum.programme.semesters + 1):
        courses = [c for c in plan if c.semester == semester]
        credits = sum(c.credits for c in courses)
        if not limits["min"] <= credits <= limits["max"]:
            problems.append(Problem(STANDARD_FILE, curriculum.standard_lines.get("semester_credits"),
                                    f"semester {semester} carries {credits} credits: {_listed(courses)}",
                                    f"between {limits['min']} and {limits['max']} credits a semester (one track counted): "
                                    f"move a course to another semester or change its credits"))
    return problems


def plan_totals(curriculum: Curriculum) -> dict[str, int]:
    totals: Counter = Counter()
    for course in curriculum.plan():
        totals["total"] += course.credits
        totals[course.cycle] += course.credits
        if course.cycle == "OOD":
            totals["OOD_OK" if course.component == "OK" else "OOD_choice"] += course.credits
    return {key: totals.get(key, 0) for key in ("total", "OOD", "OOD_OK", "OOD_choice", "BD", "PD", "IA")}


def semester_totals(curriculum: Curriculum) -> dict[int, int]:
    per_semester: dict[int, int] = defaultdict(int)
    for course in curriculum.plan():
        per_semester[course.semester] += course.credits
    return dict(per_semester)


# The sections a course page has, in this order, by what its record says it is.
FULL_SYLLABUS = ("aims", "outcomes", "weekly-plan", "assessment", "readings", "case", "policies")
INTERNSHIP_PROGRAMME = ("aims", "outcomes", "weekly-plan", "report", "assessment", "readings", "case", "policies")
# The final attestation has no weeks to plan: its full page says what forms it takes, what is required and how
# it is assessed, with example topics.
FINAL_ATTESTATION_PROGRAMME = ("aims", "forms", "requirements", "assessment", "topics", "outcomes")
SHORT_DESCRIPTION = ("aims", "topics", "outcomes")
_SECTION_ID = re.compile(r"^##\s+.*\{\s*#(?P<id>[A-Za-z0-9_-]+)\s*\}\s*$", re.MULTILINE)


def expected_sections(course: Course) -> tuple[str, ...]:
    return sections_for(course.kind, course.syllabus)


def sections_for(kind: str | None, syllabus: str | None) -> tuple[str, ...]:
    """The sections of a page whose record has this kind and this syllabus (a record being written may lack both)."""
    if syllabus != "full":
        return SHORT_DESCRIPTION
    return {"internship": INTERNSHIP_PROGRAMME, "final-attestation": FINAL_ATTESTATION_PROGRAMME}.get(kind, FULL_SYLLABUS)


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_COURSE_KEY = re.compile(r"^course:\s*(\S+)\s*$", re.MULTILINE)
_H1 = re.compile(r"^#\s+\S", re.MULTILINE)


def course_of_page(text: str) -> str | None:
    """The course code a page declares in its front matter (``course: LSG2105``), if any."""
    front = _FRONT_MATTER.match(text)
    found = _COURSE_KEY.search(front.group(1)) if front else None
    return found.group(1).strip("'\"") if found else None


def check_course_pages(curriculum: Curriculum, docs_dir: Path, shown_docs: str = "docs") -> list[Problem]:
    problems = []
    for lang in LANGUAGES:
        folder = docs_dir / lang / "courses"
        pages = {p.stem: p for p in folder.glob("*.md") if p.name != "index.md"} if folder.exists() else {}
        for course in curriculum.ordered():
            if course.slug not in pages:
                problems.append(Problem(f"{shown_docs}/{lang}/courses/{course.slug}.md", None,
                                        f"course {course.code} has no page in {lang}",
                                        f"create it (python3 dev.py new-course {course.code} makes stubs) "
                                        f"— every course has a page in {', '.join(LANGUAGES)}"))
        for slug, path in sorted(pages.items()):
            shown = f"{shown_docs}/{lang}/courses/{path.name}"
            text = read_text(path)
            if text is None:
                continue  # not UTF-8 text: the check of the files reports it
            declared = course_of_page(text)
            if declared is None:
                problems.append(Problem(shown, 1, "the page names no course",
                                        f"start the page with front matter: ---, course: {slug.upper()}, ---"))
                continue
            if declared not in curriculum.courses and declared not in curriculum.unreadable:
                problems.append(Problem(shown, 2, f"course {declared} has no record",
                                        f"add data/courses/{declared}.yml, or name an existing course"))
            elif declared.lower() != slug:
                problems.append(Problem(shown, 2, f"the page {path.name} declares course {declared}",
                                        f"the page of {declared} is named {declared.lower()}.md"))
            course = curriculum.courses.get(declared)
            if course is not None:
                problems += _section_problems(text, shown, course)
            h1 = _H1.search(text)
            if h1:
                line = text.count("\n", 0, h1.start()) + 1
                problems.append(Problem(shown, line, "a course page has its own # title",
                                        "remove it: the title and the summary box come from data/courses/"))
    return problems


def _section_problems(text: str, shown: str, course: Course) -> list[Problem]:
    """A page has the sections its record promises: a full syllabus all seven, a short description three."""
    expected = expected_sections(course)
    found = [match["id"] for match in _SECTION_ID.finditer(text)]
    if found == list(expected):
        return []
    kind = {INTERNSHIP_PROGRAMME: "an internship programme", FULL_SYLLABUS: "a full syllabus",
            FINAL_ATTESTATION_PROGRAMME: "a final attestation programme"}.get(expected, "a short description")
    missing = [section for section in expected if section not in found]
    what = (f"lacks the section{'s' if len(missing) > 1 else ''} {', '.join('#' + s for s in missing)}" if missing
            else "has its sections in another order or extra ones: " + ", ".join("#" + s for s in found))
    return [Problem(shown, 1, f"{course.code} is {kind} (data/courses/{course.code}.yml: syllabus: {course.syllabus}) "
                              f"but the page {what}",
                    "the sections, in order: " + ", ".join("#" + s for s in expected))]
