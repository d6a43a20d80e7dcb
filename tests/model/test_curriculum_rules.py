"""Every rule of the curriculum data, proven by a broken fixture and the exact message it gives."""

from __future__ import annotations

import pytest

from curriculum.checks.project import Project
from fixture_project import edit, make_project


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path)


def problems(root) -> list[str]:
    return sorted(str(p) for p in Project(root).check())


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
        "cycle, component, module, track, hours, prerequisites, outcomes, assessment, syllabus"]


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
        " — a first-semester course has no prerequisites"]


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
    assert problems(project) == ["data/standard.yml: the plan has 18 credits — the standard requires at least 240 credits"]


def test_general_education_credits(project):
    edit(course_file(project, "GEL1102"), "component: VK", "component: OK")
    assert problems(project) == [
        "data/standard.yml: compulsory general education (OOD, OK) has 5 credits — the standard requires exactly 3 credits",
        "data/standard.yml: university or elective general education (OOD, VK/KV) has 0 credits"
        " — the standard requires exactly 2 credits"]


def test_basic_and_profile_credits(project):
    edit(project / "data" / "standard.yml", "basic_and_profile_min: 10", "basic_and_profile_min: 176")
    assert problems(project) == [
        "data/standard.yml: basic and profile disciplines (BD + PD, internships included) have 11 credits"
        " — the standard requires at least 176 credits"]


def test_final_attestation_credits(project):
    edit(project / "data" / "standard.yml", "final_attestation_min: 2", "final_attestation_min: 8")
    assert problems(project) == [
        "data/standard.yml: the final attestation has 2 credits — the standard requires at least 8 credits"]


def test_semester_load(project):
    edit(project / "data" / "standard.yml", "semester_credits: {min: 8, max: 14}", "semester_credits: {min: 9, max: 14}")
    assert problems(project) == [
        "data/standard.yml: semester 2 carries 8 credits"
        " — between 9 and 14 credits a semester (one track counted)"]


def test_programme_total_must_match_the_plan(project):
    edit(project / "data" / "programme.yml", "total_credits: 18", "total_credits: 20")
    assert problems(project) == [
        "data/standard.yml: the plan has 18 credits but programme.yml says total_credits: 20"
        " — the standard requires total_credits equal to the sum of the plan"]


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
