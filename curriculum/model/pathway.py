"""Rules of the accelerated pathway (data/pathway.yml): its plan holds the whole programme once, in an order
that respects prerequisites, and its recognition of prior learning keeps to its cap.

The pathway is a proposal of this programme, not a rule of law; these checks keep the proposal consistent
with the programme it shortens.
"""

from __future__ import annotations

from curriculum.model.problems import Problem
from curriculum.model.records import Course, Curriculum, Pathway
from curriculum.model.validate import CYCLE_NAMES, comes_before


def check_pathway(curriculum: Curriculum) -> list[Problem]:
    pathway = curriculum.pathway
    problems = _check_references(curriculum, pathway)
    if problems:
        return problems  # order, totals and coverage over unknown ids would only echo these
    problems += _check_term_numbers(pathway)
    problems += _check_each_course_once(curriculum, pathway)
    problems += _check_order(curriculum, pathway)
    problems += _check_loads(curriculum, pathway)
    problems += _check_recognition(curriculum, pathway)
    return problems


def term_courses(curriculum: Curriculum, pathway: Pathway, term) -> list[Course]:
    """The courses a candidate studies in a term, an elective group counted by its first course (all of a
    group's courses carry the same credits)."""
    courses = [curriculum.courses[code] for code in term.courses]
    courses += [curriculum.group_courses(group)[0] for group in term.groups if curriculum.group_courses(group)]
    return courses


def _check_references(curriculum: Curriculum, pathway: Pathway) -> list[Problem]:
    problems = []
    tracks = [t.id for t in curriculum.programme.tracks]
    groups = [g.id for g in curriculum.programme.elective_groups]
    if pathway.track and pathway.track not in tracks:
        problems.append(Problem(pathway.path, pathway.line("track"), f"unknown track {pathway.track}",
                                "tracks in data/programme.yml: " + ", ".join(tracks)))
    for term in pathway.terms:
        for code, line in zip(term.courses, term.course_lines):
            if code not in curriculum.courses:
                problems.append(Problem(pathway.path, line, f"unknown course {code}", "the code of a course in data/courses/"))
        for group, line in zip(term.groups, term.group_lines):
            if group not in groups:
                problems.append(Problem(pathway.path, line, f"unknown elective group {group}",
                                        "elective_groups in data/programme.yml: " + (", ".join(groups) or "none defined")))
    known_modules: dict[str, int] = {}
    for source in pathway.sources:
        for module in source.modules:
            if module.id in known_modules:
                problems.append(Problem(pathway.path, module.line, f"module id {module.id} is used twice",
                                        f"each module id is used once in the file (first at line {known_modules[module.id]})"))
            known_modules.setdefault(module.id, module.line)
    for recognition in pathway.recognitions:
        if recognition.course not in curriculum.courses:
            problems.append(Problem(pathway.path, recognition.line, f"unknown course {recognition.course}",
                                    "the code of a course in data/courses/"))
        for module, line in zip(recognition.modules, recognition.module_lines):
            if module not in known_modules:
                problems.append(Problem(pathway.path, line, f"unknown module {module}",
                                        "the id of a module under recognition.sources: " + ", ".join(known_modules)))
    for code in pathway.excluded_courses:
        if code not in curriculum.courses:
            problems.append(Problem(pathway.path, pathway.line(("recognition", "excluded_courses")),
                                    f"unknown course {code}", "the code of a course in data/courses/"))
    return problems


def _check_term_numbers(pathway: Pathway) -> list[Problem]:
    problems = []
    for expected, term in enumerate(pathway.terms, start=1):
        if term.semester != expected:
            problems.append(Problem(pathway.path, term.line, f"semester {term.semester} is listed as the pathway's "
                                    f"semester {expected}", "semesters numbered 1, 2, 3 … in the order they are listed"))
    if not 1 <= pathway.recognition_term <= len(pathway.terms):
        problems.append(Problem(pathway.path, pathway.line(("recognition", "term")),
                                f"recognition term {pathway.recognition_term} is not a semester of the pathway",
                                f"one of its semesters, 1–{len(pathway.terms)}"))
    return problems


def _required(curriculum: Curriculum, pathway: Pathway) -> list[Course]:
    """Every course the pathway must hold itself: the compulsory ones and those of its track."""
    return [c for c in curriculum.ordered() if not c.is_elective or (c.track and c.track == pathway.track)]


def _check_each_course_once(curriculum: Curriculum, pathway: Pathway) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for term in pathway.terms:
        for code, line in zip(term.courses, term.course_lines):
            course = curriculum.courses[code]
            if code in seen:
                problems.append(Problem(pathway.path, line, f"{code} is listed again in semester {term.semester}",
                                        f"every course of the plan appears once; it is already in semester {seen[code]}"))
                continue
            seen[code] = term.semester
            if course.group:
                problems.append(Problem(pathway.path, line, f"{code} is one course of elective group {course.group}",
                                        f"list the group under 'groups:' ({course.group}): the candidate chooses its course"))
            elif course.track and course.track != pathway.track:
                problems.append(Problem(pathway.path, line, f"{code} belongs to track {course.track}",
                                        f"the pathway follows track {pathway.track or '(none)'}: list its courses, "
                                        f"not those of other tracks"))
        for group, line in zip(term.groups, term.group_lines):
            if group in seen:
                problems.append(Problem(pathway.path, line, f"elective group {group} is listed again in semester "
                                        f"{term.semester}", f"each elective group appears once; it is already in "
                                        f"semester {seen[group]}"))
            seen.setdefault(group, term.semester)
    missing = [c.code for c in _required(curriculum, pathway) if c.code not in seen]
    missing += [g.id for g in curriculum.programme.elective_groups if g.id not in seen and curriculum.group_courses(g.id)]
    if missing:
        problems.append(Problem(pathway.path, pathway.line("terms"), "the plan lacks " + ", ".join(missing),
                                "every compulsory course, every course of track "
                                f"{pathway.track or '(none)'} and every elective group appears once"))
    return problems


def _check_order(curriculum: Curriculum, pathway: Pathway) -> list[Problem]:
    """Prerequisites in an earlier semester of the pathway, for every course a candidate may take in a slot."""
    term_of: dict[str, int] = {}
    for term in pathway.terms:
        for code in term.courses:
            term_of.setdefault(code, term.semester)
        for group in term.groups:
            for course in curriculum.group_courses(group):
                term_of.setdefault(course.code, term.semester)
    problems = []
    for term in pathway.terms:
        entries = [(code, line, [curriculum.courses[code]]) for code, line in zip(term.courses, term.course_lines)]
        entries += [(group, line, curriculum.group_courses(group)) for group, line in zip(term.groups, term.group_lines)]
        for name, line, courses in entries:
            for course in courses:
                for code in course.prerequisites:
                    needed = curriculum.courses.get(code)
                    when = term_of.get(code)
                    if needed is None or when is None:
                        continue  # a prerequisite outside the plan is reported as missing
                    if not comes_before(needed, course, when, term.semester):
                        via = "" if name == course.code else f" (a course of group {name})"
                        problems.append(Problem(pathway.path, line,
                                                f"{course.code}{via} needs {code}, which the pathway places in semester {when}",
                                                f"a prerequisite comes in an earlier semester of the pathway than "
                                                f"semester {term.semester}"))
    return problems


def _check_loads(curriculum: Curriculum, pathway: Pathway) -> list[Problem]:
    limits = pathway.semester_credits
    problems = []
    total = 0
    for term in pathway.terms:
        courses = term_courses(curriculum, pathway, term)
        credits = sum(c.credits for c in courses)
        total += credits
        if not limits["min"] <= credits <= limits["max"]:
            problems.append(Problem(pathway.path, term.line,
                                    f"semester {term.semester} of the pathway carries {credits} credits: "
                                    + ", ".join(f"{c.code} {c.credits}" for c in courses),
                                    f"between {limits['min']} and {limits['max']} credits a semester "
                                    f"(semester_credits of the pathway)"))
    programme_total = curriculum.programme.total_credits
    if total != programme_total:
        problems.append(Problem(pathway.path, pathway.line("terms"),
                                f"the pathway's semesters carry {total} credits",
                                f"the programme's total, {programme_total} credits (data/programme.yml)"))
    return problems


def _check_recognition(curriculum: Curriculum, pathway: Pathway) -> list[Problem]:
    problems = []
    counted: dict[str, int] = {}
    module_course: dict[str, str] = {}
    for recognition in pathway.recognitions:
        course = curriculum.courses[recognition.course]
        if recognition.course in counted:
            problems.append(Problem(pathway.path, recognition.line, f"{course.code} is recognised twice",
                                    f"each course appears once in the table; it is already at line {counted[course.code]}"))
            continue
        counted[course.code] = recognition.line
        if course.cycle in pathway.excluded_cycles or course.code in pathway.excluded_courses:
            reason = (f"its cycle, {CYCLE_NAMES.get(course.cycle, course.cycle)} ({course.cycle}), is never recognised"
                      if course.cycle in pathway.excluded_cycles else "it is among excluded_courses")
            problems.append(Problem(pathway.path, recognition.line, f"{course.code} cannot be recognised: {reason}",
                                    "a course outside excluded_cycles and excluded_courses"))
        for module, line in zip(recognition.modules, recognition.module_lines):
            if module in module_course:
                problems.append(Problem(pathway.path, line, f"module {module} counts towards {module_course[module]} "
                                        f"and {course.code}", "a module counts towards one course only"))
            module_course.setdefault(module, course.code)
    recognised = [curriculum.courses[code] for code in counted]
    credits = sum(c.credits for c in recognised)
    if credits > pathway.cap_credits:
        problems.append(Problem(pathway.path, pathway.line(("recognition", "cap_credits")),
                                f"the table recognises {credits} credits: " + ", ".join(f"{c.code} {c.credits}" for c in recognised),
                                f"at most cap_credits, {pathway.cap_credits}: a candidate never has more recognised"))
    problems += _check_recognition_term(curriculum, pathway, set(counted))
    return problems


def _check_recognition_term(curriculum: Curriculum, pathway: Pathway, recognised: set[str]) -> list[Problem]:
    """The semester a candidate skips when the whole table is recognised holds exactly the table's courses."""
    term = next((t for t in pathway.terms if t.semester == pathway.recognition_term), None)
    if term is None:
        return []  # reported by _check_term_numbers
    held = set(term.courses) | {c.code for g in term.groups for c in curriculum.group_courses(g)}
    where = pathway.path, pathway.line(("recognition", "term"))
    problems = []
    extra = sorted(held - recognised)
    absent = sorted(recognised - held)
    if extra:
        problems.append(Problem(*where, f"semester {term.semester}, skipped when the table is recognised, also holds "
                                + ", ".join(extra), "only the courses of the recognition table, so that skipping it "
                                "leaves nothing unstudied"))
    if absent:
        problems.append(Problem(*where, f"the table recognises " + ", ".join(absent) + f", which semester "
                                f"{term.semester} does not hold", f"place every course of the table in semester "
                                f"{term.semester}, or name the semester that holds them"))
    return problems


def recognition_summary(curriculum: Curriculum, pathway: Pathway) -> dict[str, int]:
    """Figures the pathway page states: semesters with and without recognition, credits recognised."""
    recognised = sum(curriculum.courses[r.course].credits for r in pathway.recognitions if r.course in curriculum.courses)
    return {"semesters": len(pathway.terms), "semesters_recognised": len(pathway.terms) - 1,
            "recognised_credits": recognised, "cap_credits": pathway.cap_credits}
