"""Every rule of the curriculum data, proven by a broken fixture and the exact message it gives."""

from __future__ import annotations

import pytest

from curriculum.checks.project import Project
from fixture_project import edit, problems


def course_file(root, code):
    return root / "data" / "courses" / f"{code}.yml"


def test_the_fixture_is_valid(project):
    assert problems(project) == []


def test_real_programme_passes_every_check():
    from pathlib import Path
    content, found = Project(Path(__file__).resolve().parents[2]).load_and_check()
    assert [str(p) for p in found] == []
    assert len(content.curriculum.courses) >= 50 and len(content.glossary) >= 150


def test_unknown_key(project):
    edit(course_file(project, "GEN1101"), "semester: 1", "semester: 1\nsemestr: 2")
    assert problems(project) == [
        "data/courses/GEN1101.yml:5: unknown key 'semestr' — allowed keys: code, kind, title, credits, semester, "
        "cycle, component, module, track, group, hours, prerequisites, outcomes, assessment, syllabus"]


def test_wrong_type(project):
    edit(course_file(project, "GEN1101"), "credits: 3", "credits: three")
    assert problems(project) == ["data/courses/GEN1101.yml:3: 'credits' is 'three' — a whole number ≥ 1 ≤ 30"]


def test_value_not_among_choices(project):
    edit(course_file(project, "GEN1101"), "cycle: OOD", "cycle: ООД")
    assert problems(project) == ["data/courses/GEN1101.yml:5: 'cycle' is 'ООД' — one of: OOD, BD, PD, IA"]


def test_missing_key_and_missing_language(project):
    edit(course_file(project, "GEN1101"), "assessment: exam\n", "")
    edit(course_file(project, "GEL1102"), "en: University course", "en: ''")
    assert problems(project) == [
        "data/courses/GEL1102.yml:2: 'title.en' is missing or empty — text in en for every language",
        "data/courses/GEN1101.yml:1: missing key 'assessment' — add 'assessment:' with one of: exam, state-exam, "
        "credit, project, internship-report, final-attestation"]


def test_yaml_syntax_error_names_the_line(project):
    edit(course_file(project, "GEN1101"), "outcomes: [PO1]", "outcomes: [PO1")
    found = problems(project)
    assert len(found) == 1 and found[0].startswith("data/courses/GEN1101.yml:")
    assert "YAML syntax error" in found[0] and "quote text that contains ': '" in found[0]


def test_duplicate_code(project):
    (project / "data" / "courses" / "GEN1109.yml").write_text(
        course_file(project, "GEN1101").read_text(encoding="utf-8").replace("GEN1101", "GEN1109"), encoding="utf-8")
    edit(project / "data" / "courses" / "GEN1109.yml", "code: GEN1109", "code: GEN1101")
    assert problems(project) == [
        "data/courses/GEN1109.yml:1: code GEN1101 does not match the file name"
        " — name the file GEN1101.yml, or change the code to GEN1109"]


def test_hours_must_add_up(project):
    edit(course_file(project, "GEN1101"), "sro: 40", "sro: 45")
    assert problems(project) == [
        "data/courses/GEN1101.yml:8: hours add up to 95 (lectures 15 + seminars 15 + srop 20 + sro 45), not 90"
        " — 3 credits × 30 hours = 90 hours"]


def test_unknown_prerequisite(project):
    edit(course_file(project, "PRO1201"), "prerequisites: [BAS1103]", "prerequisites: [BAS1109]")
    assert problems(project) == ["data/courses/PRO1201.yml:9: unknown prerequisite BAS1109 — the code of a course in data/courses/"]


def test_prerequisite_in_the_same_or_a_later_semester(project):
    edit(course_file(project, "GEN1101"), "outcomes: [PO1]", "prerequisites: [PRO1201]\noutcomes: [PO1]")
    assert problems(project) == [
        "data/courses/GEN1101.yml:9: prerequisite PRO1201 is taught in semester 2, not before semester 1"
        " — a first-semester course has no prerequisites",
        "data/pathway.yml:11: GEN1101 needs PRO1201, which the pathway places in semester 3"
        " — a prerequisite comes in an earlier semester of the pathway than semester 1"]


def test_prerequisite_cycle_reports_its_path(project):
    edit(course_file(project, "BAS1103"), "outcomes: [PO1]", "prerequisites: [GEN1101]\noutcomes: [PO1]")
    edit(course_file(project, "GEN1101"), "outcomes: [PO1]", "prerequisites: [BAS1103]\noutcomes: [PO1]")
    found = problems(project)
    assert ("data/courses/BAS1103.yml:9: prerequisites form a cycle: BAS1103 → GEN1101 → BAS1103"
            " — prerequisites lead only to earlier courses, never back") in found


def test_outcome_served_by_no_course(project):
    edit(course_file(project, "GEL1102"), "outcomes: [PO2]", "outcomes: [PO1]")
    edit(course_file(project, "PRO1201"), "outcomes: [PO2]", "outcomes: [PO1]")
    edit(course_file(project, "FIN1204"), "outcomes: [PO1, PO2]", "outcomes: [PO1]")
    for code in ("BGA1104", "BGB1105"):
        edit(course_file(project, code), "outcomes: [PO2]", "outcomes: [PO1]")
    assert problems(project) == [
        "data/programme.yml:22: programme outcome PO2 is served by no course"
        " — list PO2 under 'outcomes:' of at least one course"]


def test_course_serving_no_outcome(project):
    edit(course_file(project, "GEN1101"), "outcomes: [PO1]", "outcomes: []")
    assert problems(project) == [
        "data/courses/GEN1101.yml:9: the course serves no programme outcome"
        " — list at least one outcome id (PO1…) under 'outcomes:'"]


def test_unknown_outcome_module_and_track(project):
    edit(course_file(project, "GEN1101"), "outcomes: [PO1]", "outcomes: [PO1, PO9]")
    edit(course_file(project, "GEN1101"), "module: M1", "module: M7")
    edit(course_file(project, "ELA1202"), "track: alpha", "track: gamma")
    assert problems(project) == [
        "data/courses/ELA1202.yml:8: unknown track gamma — tracks in data/programme.yml: alpha, beta",
        "data/courses/GEN1101.yml:7: unknown module M7 — modules in data/programme.yml: M1, M2",
        "data/courses/GEN1101.yml:9: unknown programme outcome PO9 — outcomes in data/programme.yml: PO1, PO2"]


def test_tracks_must_offer_the_same_credits(project):
    edit(course_file(project, "ELB1203"), "semester: 2", "semester: 1")
    found = problems(project)
    assert ("data/programme.yml:34: track beta offers semester 1: 2"
            " — every track offers the same credits per semester as alpha: semester 2: 2") in found


def test_total_credits_below_the_standard(project):
    edit(project / "data" / "standard.yml", "total_credits_min: 18", "total_credits_min: 240")
    assert problems(project) == ["data/standard.yml:5: the plan has 20 credits (semester 1: 12, semester 2: 8)"
                                 " — the standard requires at least 240 credits"]


def test_general_education_credits(project):
    edit(course_file(project, "GEL1102"), "component: VK", "component: OK")
    assert problems(project) == [
        "data/standard.yml:6: compulsory general education (OOD, OK) has 5 credits: GEL1102 2, GEN1101 3"
        " — the standard requires exactly 3 credits",
        "data/standard.yml:6: university or elective general education (OOD, VK/KV) has 0 credits: no course"
        " — the standard requires exactly 2 credits"]


def test_basic_and_profile_credits(project):
    edit(project / "data" / "standard.yml", "basic_and_profile_min: 10", "basic_and_profile_min: 176")
    assert problems(project) == [
        "data/standard.yml:7: basic and profile disciplines (BD + PD, internships included) have 13 credits"
        " (BD 7, PD 6; semester 1: 7, semester 2: 6) — the standard requires at least 176 credits"]


def test_final_attestation_credits(project):
    edit(project / "data" / "standard.yml", "final_attestation_min: 2", "final_attestation_min: 8")
    assert problems(project) == [
        "data/standard.yml:8: the final attestation has 2 credits: FIN1204 2 — the standard requires at least 8 credits"]


def test_semester_load(project):
    edit(project / "data" / "standard.yml", "semester_credits: {min: 8, max: 14}", "semester_credits: {min: 9, max: 14}")
    assert problems(project) == [
        "data/standard.yml:9: semester 2 carries 8 credits: PRO1201 4, ELA1202 2, FIN1204 2"
        " — between 9 and 14 credits a semester (one track counted): move a course to another semester or change its credits"]


def test_programme_total_must_match_the_plan(project):
    edit(project / "data" / "programme.yml", "total_credits: 20", "total_credits: 24")
    assert problems(project) == [
        "data/pathway.yml:9: the pathway's semesters carry 20 credits — the programme's total, 24 credits (data/programme.yml)",
        "data/programme.yml:6: total_credits: 24, but the plan has 20 credits (semester 1: 12, semester 2: 8)"
        " — total_credits equal to the sum of the plan (one track counted)"]


def test_course_without_its_page_in_one_language(project):
    (project / "docs" / "ru" / "courses" / "pro1201.md").unlink()
    found = problems(project)
    assert ("docs/ru/courses/pro1201.md: course PRO1201 has no page in ru — create it (python3 dev.py new-course PRO1201"
            " makes stubs) — every course has a page in kk, ru, en") in found


def test_page_without_its_course_record(project):
    for lang in ("kk", "ru", "en"):
        (project / "docs" / lang / "courses" / "xyz1101.md").write_text("---\ncourse: XYZ1101\n---\n\ntext\n",
                                                                       encoding="utf-8")
    assert problems(project) == [
        f"docs/{lang}/courses/xyz1101.md:2: course XYZ1101 has no record"
        " — add data/courses/XYZ1101.yml, or name an existing course" for lang in ("en", "kk", "ru")]


def test_course_page_with_its_own_title(project):
    edit(project / "docs" / "en" / "courses" / "gen1101.md", "## Aims", "# General course\n\n## Aims")
    assert problems(project) == [
        "docs/en/courses/gen1101.md:5: a course page has its own # title"
        " — remove it: the title and the summary box come from data/courses/"]


def test_every_problem_is_reported_in_one_run(project):
    edit(course_file(project, "GEN1101"), "credits: 3", "credits: three")
    edit(course_file(project, "PRO1201"), "prerequisites: [BAS1103]", "prerequisites: [BAS1109]")
    (project / "docs" / "en" / "courses" / "gel1102.md").unlink()
    found = problems(project)
    assert len(found) >= 3
    assert {line.split(":")[0] for line in found} >= {
        "data/courses/GEN1101.yml", "data/courses/PRO1201.yml", "docs/en/courses/gel1102.md"}


def test_scaffold_creates_a_record_and_three_pages_and_never_overwrites(project):
    from curriculum.cli.scaffold import scaffold_course
    created = scaffold_course(project, "NEW2101")
    assert sorted(p.relative_to(project).as_posix() for p in created) == [
        "data/courses/NEW2101.yml", "docs/en/courses/new2101.md", "docs/kk/courses/new2101.md", "docs/ru/courses/new2101.md"]
    assert scaffold_course(project, "NEW2101") == []
    found = problems(project)
    assert "data/courses/NEW2101.yml:6: 'title.kk' is missing or empty — text in kk for every language" in found
    with pytest.raises(ValueError):
        scaffold_course(project, "new-course")


def test_a_page_has_the_sections_its_record_promises(project):
    edit(course_file(project, "GEN1101"), "syllabus: summary", "syllabus: full")
    found = problems(project)
    assert found == [
        f"docs/{lang}/courses/gen1101.md:1: GEN1101 is a full syllabus (data/courses/GEN1101.yml: syllabus: full) "
        "but the page lacks the sections #weekly-plan, #assessment, #readings, #case, #policies — the sections, in "
        "order: #aims, #outcomes, #weekly-plan, #assessment, #readings, #case, #policies" for lang in ("en", "kk", "ru")]


def test_the_final_attestation_s_full_page_has_forms_requirements_and_assessment(project):
    edit(course_file(project, "FIN1204"), "syllabus: summary", "syllabus: full")
    assert problems(project) == [
        f"docs/{lang}/courses/fin1204.md:1: FIN1204 is a final attestation programme (data/courses/FIN1204.yml: "
        "syllabus: full) but the page lacks the sections #forms, #requirements, #assessment — the sections, in "
        "order: #aims, #forms, #requirements, #assessment, #topics, #outcomes" for lang in ("en", "kk", "ru")]
    for lang in ("kk", "ru", "en"):
        (project / "docs" / lang / "courses" / "fin1204.md").unlink()
    from curriculum.cli.scaffold import scaffold_course
    scaffold_course(project, "FIN1204")  # the stubs follow the record: the final attestation's sections
    assert problems(project) == []
    assert "## Requirements { #requirements }" in (project / "docs/en/courses/fin1204.md").read_text(encoding="utf-8")


# --- the components of the basic and profile cycles, and elective groups -------------------------

def test_the_basic_cycle_needs_an_elective_component(project):
    for code in ("BGA1104", "BGB1105"):
        edit(course_file(project, code), "cycle: BD", "cycle: PD")
    assert problems(project) == [
        "data/standard.yml:10: basic disciplines (BD) have no elective component (KV): BD is VK 5 — BAS1103"
        " — the standard requires both components in each cycle (BD: VK and KV; PD: VK and KV):"
        " set 'component: KV' in a BD course with a track or an elective group"]


def test_the_profile_cycle_needs_an_elective_component_in_every_track(project):
    edit(course_file(project, "ELB1203"), "cycle: PD", "cycle: BD")
    assert problems(project) == [
        "data/standard.yml:10: profile disciplines (PD) have no elective component (KV) for track beta:"
        " PD is VK 4 — PRO1201"
        " — the standard requires both components in each cycle (BD: VK and KV; PD: VK and KV):"
        " set 'component: KV' in a PD course with a track or an elective group"]


def test_the_profile_cycle_needs_a_university_component(project):
    edit(course_file(project, "PRO1201"), "component: VK", "component: OK")
    found = problems(project)
    assert ("data/standard.yml:10: profile disciplines (PD) have no university component (VK): PD is OK 4 — PRO1201;"
            " KV 2 — ELA1202 — the standard requires both components in each cycle (BD: VK and KV; PD: VK and KV):"
            " set 'component: VK' in a PD course") in found


def test_an_elective_needs_a_track_or_a_group(project):
    edit(course_file(project, "ELA1202"), "track: alpha\n", "")
    found = problems(project)
    assert ("data/courses/ELA1202.yml:6: an elective (KV) course has no track or group"
            " — add 'track:' with one of: alpha, beta; or 'group:' with one of: gamma") in found


def test_a_course_has_a_track_or_a_group_not_both(project):
    edit(course_file(project, "ELA1202"), "track: alpha", "track: alpha\ngroup: gamma")
    assert problems(project) == [
        "data/courses/ELA1202.yml:9: a course has both a track and an elective group — keep one: a track's course is"
        " taken by the students of that track, a group's course by any student who chooses it"]


def test_unknown_group_and_group_of_a_compulsory_course(project):
    edit(course_file(project, "BGA1104"), "group: gamma", "group: gama")
    edit(course_file(project, "GEN1101"), "module: M1", "module: M1\ngroup: gamma")
    assert problems(project) == [
        "data/courses/BGA1104.yml:8: unknown elective group gama — elective_groups in data/programme.yml: gamma",
        "data/courses/GEN1101.yml:8: only elective (KV) courses belong to an elective group"
        " — remove 'group:' or set 'component: KV'"]


def test_a_group_offers_a_real_choice(project):
    edit(course_file(project, "BGB1105"), "group: gamma", "track: beta")
    edit(course_file(project, "ELB1203"), "semester: 2", "semester: 1")  # keep the tracks equal
    found = problems(project)
    assert ("data/programme.yml:37: elective group gamma has 1 course: only BGA1104"
            " — a group offers a choice: give 'group: gamma' to at least two KV courses") in found


@pytest.mark.parametrize("old, new, expected", [
    ("semester: 1", "semester: 2", "elective group gamma mixes semester: BGA1104 1, BGB1105 2"
                                   " — every course of a group has the same semester as BGA1104, so that any choice"
                                   " completes the plan"),
    ("cycle: BD", "cycle: PD", "elective group gamma mixes cycle: BGA1104 BD, BGB1105 PD"
                               " — every course of a group has the same cycle as BGA1104, so that any choice completes"
                               " the plan"),
])
def test_the_courses_of_a_group_are_alike(project, old, new, expected):
    edit(course_file(project, "BGB1105"), old, new)
    assert f"data/programme.yml:37: {expected}" in problems(project)


def test_the_courses_of_a_group_carry_the_same_credits(project):
    edit(course_file(project, "BGB1105"), "credits: 2", "credits: 3")
    edit(course_file(project, "BGB1105"), "sro: 20", "sro: 50")
    assert problems(project) == [
        "data/programme.yml:37: elective group gamma mixes credits: BGA1104 2, BGB1105 3"
        " — every course of a group has the same credits as BGA1104, so that any choice completes the plan"]


def test_a_prerequisite_every_student_has_taken(project):
    edit(course_file(project, "PRO1201"), "prerequisites: [BAS1103]", "prerequisites: [BAS1103, BGA1104]")
    edit(course_file(project, "FIN1204"), "outcomes:", "prerequisites: [ELA1202]\noutcomes:")
    assert problems(project) == [
        "data/courses/FIN1204.yml:10: prerequisite ELA1202 is an elective of track alpha, which students of other tracks"
        " do not take — a prerequisite every student of this course has taken: a compulsory (OK, VK) course, or for a"
        " track's course a course of the same track",
        "data/courses/PRO1201.yml:9: prerequisite BGA1104 is one course of elective group gamma, which a student may"
        " not choose — a prerequisite every student of this course has taken: a compulsory (OK, VK) course, or for a"
        " track's course a course of the same track"]


def test_the_final_attestation_may_need_a_course_of_its_own_semester(project):
    edit(course_file(project, "FIN1204"), "outcomes:", "prerequisites: [PRO1201]\noutcomes:")
    assert problems(project) == []
    edit(course_file(project, "PRO1201"), "outcomes:", "prerequisites: [BAS1103, FIN1204]\noutcomes:")
    edit(course_file(project, "PRO1201"), "prerequisites: [BAS1103]\n", "")
    found = problems(project)
    assert ("data/courses/PRO1201.yml:9: prerequisite FIN1204 is taught in semester 2, not before semester 2"
            " — a prerequisite is taught in an earlier semester (1–1)") in found


# --- the accelerated pathway (data/pathway.yml) ---------------------------------------------------

def pathway_file(root):
    return root / "data" / "pathway.yml"


@pytest.mark.parametrize("old, new, expected", [
    ("courses: [GEN1101, GEL1102]", "courses: [GEN1101, GEL1102, XYZ1101]",
     ["data/pathway.yml:11: unknown course XYZ1101 — the code of a course in data/courses/"]),
    ("groups: [gamma]", "groups: [gamma, delta]",
     ["data/pathway.yml:12: unknown elective group delta — elective_groups in data/programme.yml: gamma"]),
    ("track: alpha", "track: alfa", ["data/pathway.yml:3: unknown track alfa — tracks in data/programme.yml: alpha, beta"]),
    ("courses: [PRO1201, ELA1202, FIN1204]", "courses: [PRO1201, ELA1202, FIN1204, GEN1101]",
     ["data/pathway.yml:16: GEN1101 is listed again in semester 3 — every course of the plan appears once;"
      " it is already in semester 1",
      "data/pathway.yml:9: the pathway's semesters carry 23 credits — the programme's total, 20 credits (data/programme.yml)"]),
    ("courses: [GEN1101, GEL1102]", "courses: [GEL1102]",
     ["data/pathway.yml:10: semester 1 of the pathway carries 4 credits: GEL1102 2, BGA1104 2"
      " — between 5 and 14 credits a semester (semester_credits of the pathway)",
      "data/pathway.yml:9: the pathway's semesters carry 17 credits — the programme's total, 20 credits (data/programme.yml)",
      "data/pathway.yml:9: the plan lacks GEN1101 — every compulsory course, every course of track alpha and every"
      " elective group appears once"]),
    ("courses: [PRO1201, ELA1202, FIN1204]", "courses: [PRO1201, ELB1203, FIN1204]",
     ["data/pathway.yml:16: ELB1203 belongs to track beta — the pathway follows track alpha: list its courses,"
      " not those of other tracks",
      "data/pathway.yml:9: the plan lacks ELA1202 — every compulsory course, every course of track alpha and every"
      " elective group appears once"]),
    ("courses: [GEN1101, GEL1102]\n    groups: [gamma]", "courses: [GEN1101, GEL1102, BGA1104]",
     ["data/pathway.yml:11: BGA1104 is one course of elective group gamma — list the group under 'groups:' (gamma):"
      " the candidate chooses its course",
      "data/pathway.yml:9: the plan lacks gamma — every compulsory course, every course of track alpha and every"
      " elective group appears once"]),
    ("  - semester: 3", "  - semester: 4",
     ["data/pathway.yml:15: semester 4 is listed as the pathway's semester 3"
      " — semesters numbered 1, 2, 3 … in the order they are listed"]),
])
def test_the_pathway_holds_the_whole_plan_once(project, old, new, expected):
    edit(pathway_file(project), old, new)
    assert problems(project) == sorted(expected)


def test_the_pathway_keeps_prerequisites_before_their_courses(project):
    edit(pathway_file(project), "courses: [BAS1103]", "courses: [BAS1103, PRO1201]")
    edit(pathway_file(project), "courses: [PRO1201, ELA1202, FIN1204]", "courses: [ELA1202, FIN1204]")
    edit(course_file(project, "BGA1104"), "outcomes:", "prerequisites: [GEN1101]\noutcomes:")
    edit(course_file(project, "FIN1204"), "outcomes:", "prerequisites: [PRO1201]\noutcomes:")
    found = problems(project)
    assert "data/pathway.yml:14: PRO1201 needs BAS1103, which the pathway places in semester 2" \
           " — a prerequisite comes in an earlier semester of the pathway than semester 2" in found
    assert "data/pathway.yml:12: BGA1104 (a course of group gamma) needs GEN1101, which the pathway places in" \
           " semester 1 — a prerequisite comes in an earlier semester of the pathway than semester 1" in found
    assert not any("FIN1204 needs" in line for line in found)  # the final attestation closes its semester


@pytest.mark.parametrize("old, new, expected", [
    ("cap_credits: 5", "cap_credits: 4",
     ["data/pathway.yml:18: the table recognises 5 credits: BAS1103 5 — at most cap_credits, 4:"
      " a candidate never has more recognised"]),
    ("modules: [basics]", "modules: [basics, advanced]",
     ["data/pathway.yml:35: unknown module advanced — the id of a module under recognition.sources: basics, extras"]),
    ("    - course: BAS1103", "    - course: BAS1109",
     ["data/pathway.yml:34: unknown course BAS1109 — the code of a course in data/courses/"]),
    ("task: {kk: Құжат., ru: Документ., en: A document.}",
     "task: {kk: Құжат., ru: Документ., en: A document.}\n    - course: BAS1103\n      modules: [extras]\n"
     "      task: {kk: Құжат., ru: Документ., en: A document.}",
     ["data/pathway.yml:37: BAS1103 is recognised twice — each course appears once in the table; it is already at line 34"]),
    ("task: {kk: Құжат., ru: Документ., en: A document.}",
     "task: {kk: Құжат., ru: Документ., en: A document.}\n    - course: PRO1201\n      modules: [basics]\n"
     "      task: {kk: Құжат., ru: Документ., en: A document.}",
     ["data/pathway.yml:37: PRO1201 cannot be recognised: it is among excluded_courses"
      " — a course outside excluded_cycles and excluded_courses",
      "data/pathway.yml:38: module basics counts towards BAS1103 and PRO1201 — a module counts towards one course only",
      "data/pathway.yml:18: the table recognises 9 credits: BAS1103 5, PRO1201 4 — at most cap_credits, 5:"
      " a candidate never has more recognised",
      "data/pathway.yml:19: the table recognises PRO1201, which semester 2 does not hold — place every course of the"
      " table in semester 2, or name the semester that holds them"]),
    ("    - course: BAS1103", "    - course: GEL1102",
     ["data/pathway.yml:34: GEL1102 cannot be recognised: its cycle, general education (OOD), is never recognised"
      " — a course outside excluded_cycles and excluded_courses",
      "data/pathway.yml:19: semester 2, skipped when the table is recognised, also holds BAS1103 — only the courses of"
      " the recognition table, so that skipping it leaves nothing unstudied",
      "data/pathway.yml:19: the table recognises GEL1102, which semester 2 does not hold — place every course of the"
      " table in semester 2, or name the semester that holds them"]),
    ("  term: 2", "  term: 5",
     ["data/pathway.yml:19: recognition term 5 is not a semester of the pathway — one of its semesters, 1–3"]),
])
def test_the_recognition_of_prior_learning_is_checked(project, old, new, expected):
    edit(pathway_file(project), old, new)
    assert problems(project) == sorted(expected)


def test_the_pathway_file_is_optional(project):
    pathway_file(project).unlink()
    assert problems(project) == []


def test_a_page_that_shows_the_pathway_needs_its_data(project):
    pathway_file(project).unlink()
    for lang in ("kk", "ru", "en"):
        page = project / "docs" / lang / "programme" / "pathway.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("# Pathway\n\n<!-- curriculum:pathway-plan -->\n", encoding="utf-8")
    assert problems(project) == [
        f"docs/{lang}/programme/pathway.md:3: the page shows the accelerated pathway, but data/pathway.yml is missing"
        " — restore data/pathway.yml, or remove the marker" for lang in ("en", "kk", "ru")]
