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
        for rule in (check_outcome_coverage, check_tracks, check_standard_totals, check_semester_load):
            problems += rule(curriculum)
    if docs_dir is not None:
        problems += check_course_pages(curriculum, Path(docs_dir), shown_docs)
    return problems


def check_programme_ids(curriculum: Curriculum) -> list[Problem]:
    programme, problems = curriculum.programme, []
    for key, items in (("outcomes", programme.outcomes), ("modules", programme.modules), ("tracks", programme.tracks)):
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
    outcomes = programme.outcome_ids()
    for course in curriculum.ordered():
        if course.module not in modules:
            problems.append(Problem(course.path, course.line("module"), f"unknown module {course.module}",
                                    "modules in data/programme.yml: " + ", ".join(modules)))
        if course.is_elective and not course.track:
            problems.append(Problem(course.path, course.line("component"), "an elective (KV) course has no track",
                                    "add 'track:' with one of: " + ", ".join(tracks)))
        if course.track and course.track not in tracks:
            problems.append(Problem(course.path, course.line("track"), f"unknown track {course.track}",
                                    "tracks in data/programme.yml: " + ", ".join(tracks)))
        if course.track and not course.is_elective:
            problems.append(Problem(course.path, course.line("track"), "only elective (KV) courses belong to a track",
                                    "remove 'track:' or set 'component: KV'"))
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


def check_prerequisite_order(curriculum: Curriculum) -> list[Problem]:
    problems = []
    for course in curriculum.ordered():
        for index, code in enumerate(course.prerequisites):
            earlier = curriculum.courses.get(code)
            if earlier and earlier.code != course.code and earlier.semester >= course.semester:
                allowed = (f"a prerequisite is taught in an earlier semester (1–{course.semester - 1})"
                           if course.semester > 1 else "a first-semester course has no prerequisites")
                problems.append(Problem(
                    course.path, course.line(("prerequisites", index)),
                    f"prerequisite {code} is taught in semester {earlier.semester}, not before semester {course.semester}",
                    allowed))
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


def check_standard_totals(curriculum: Curriculum) -> list[Problem]:
    standard = curriculum.standard
    totals = plan_totals(curriculum)
    programme = curriculum.programme
    general = standard["general_education"]
    rules = [
        (totals["total"] >= standard["total_credits_min"],
         f"the plan has {totals['total']} credits", f"at least {standard['total_credits_min']} credits"),
        (totals["total"] == programme.total_credits,
         f"the plan has {totals['total']} credits but programme.yml says total_credits: {programme.total_credits}",
         "total_credits equal to the sum of the plan"),
        (totals["OOD"] == general["total"],
         f"general education (OOD) has {totals['OOD']} credits", f"exactly {general['total']} credits"),
        (totals["OOD_OK"] == general["compulsory"],
         f"compulsory general education (OOD, OK) has {totals['OOD_OK']} credits", f"exactly {general['compulsory']} credits"),
        (totals["OOD_choice"] == general["elective"],
         f"university or elective general education (OOD, VK/KV) has {totals['OOD_choice']} credits",
         f"exactly {general['elective']} credits"),
        (totals["BD"] + totals["PD"] >= standard["basic_and_profile_min"],
         f"basic and profile disciplines (BD + PD, internships included) have {totals['BD'] + totals['PD']} credits",
         f"at least {standard['basic_and_profile_min']} credits"),
        (totals["IA"] >= standard["final_attestation_min"],
         f"the final attestation has {totals['IA']} credits", f"at least {standard['final_attestation_min']} credits"),
    ]
    return [Problem(STANDARD_FILE, None, what, f"the standard requires {allowed}")
            for ok, what, allowed in rules if not ok]


def check_semester_load(curriculum: Curriculum) -> list[Problem]:
    limits = curriculum.standard["semester_credits"]
    per_semester = semester_totals(curriculum)
    problems = []
    for semester in range(1, curriculum.programme.semesters + 1):
        credits = per_semester.get(semester, 0)
        if not limits["min"] <= credits <= limits["max"]:
            problems.append(Problem(STANDARD_FILE, None, f"semester {semester} carries {credits} credits",
                                    f"between {limits['min']} and {limits['max']} credits a semester (one track counted)"))
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
            h1 = _H1.search(text)
            if h1:
                line = text.count("\n", 0, h1.start()) + 1
                problems.append(Problem(shown, line, "a course page has its own # title",
                                        "remove it: the title and the summary box come from data/courses/"))
    return problems
