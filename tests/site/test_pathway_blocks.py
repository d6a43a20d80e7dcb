"""The accelerated pathway's blocks: the real plan comes out whole and in order, every value from data is
escaped, and the passport's electives add up to the plan's elective credits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from curriculum.model.load import load_curriculum
from curriculum.site.pathway_page import pathway_facts, pathway_plan, pathway_recognition
from curriculum.site.render import Links, electives
from fixture_project import edit, make_project

HOSTILE = '<script>alert(1)</script> "quoted" & <b>bold</b>'


@pytest.fixture(scope="module")
def real():
    curriculum, problems = load_curriculum(ROOT / "data")
    assert curriculum is not None and curriculum.pathway is not None
    return curriculum


def _rows_by_semester(html: str) -> dict[int, list[str]]:
    """The course codes each semester's table shows, as links to course pages."""
    found = {}
    for match in re.finditer(r'<h3 id="pathway-semester-(\d+)">.*?</table>', html, re.DOTALL):
        found[int(match.group(1))] = re.findall(r'href="[^"]*courses/([a-z]{3}\d{4})/"', match.group(0))
    return found


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_real_plan_shows_every_course_once_after_its_prerequisites(real, lang):
    html = pathway_plan(real, lang, Links(("" if lang == "kk" else f"{lang}/") + "programme/pathway/"))
    by_semester = _rows_by_semester(html)
    assert sorted(by_semester) == list(range(1, len(real.pathway.terms) + 1))
    shown = [code.upper() for codes in by_semester.values() for code in codes]
    group_options = {c.code for c in real.courses.values() if c.group}
    other_tracks = {c.code for c in real.courses.values() if c.track and c.track != real.pathway.track}
    expected = set(real.courses) - other_tracks
    assert set(shown) == expected
    assert len([code for code in shown if code not in group_options]) == len(expected - group_options)  # once each
    semester_of = {code.upper(): term for term, codes in by_semester.items() for code in codes}
    for code, term in semester_of.items():
        course = real.courses[code]
        for needed in course.prerequisites:
            if course.kind == "final-attestation":
                assert semester_of[needed] <= term
            else:
                assert semester_of[needed] < term, f"{code} in {term}, {needed} in {semester_of[needed]}"


def test_the_real_plan_totals_and_marks_the_semester_a_recognised_candidate_skips(real):
    html = pathway_plan(real, "en", Links("en/programme/pathway/"))
    totals = [int(n) for n in re.findall(r'<tr class="total">.*?<td>(\d+)</td>', html)]
    assert sum(totals) == real.programme.total_credits == 240
    assert all(27 <= n <= 33 for n in totals)
    notes = re.findall(r'<h3 id="pathway-semester-(\d+)">[^<]*</h3>\n<p class="recognition-term">', html)
    assert notes == [str(real.pathway.recognition_term)]
    marked = re.findall(r'courses/([a-z]{3}\d{4})/">[^<]*</a> <span class="recognisable">', html)
    assert sorted(code.upper() for code in marked) == sorted(real.pathway.recognised_codes())


@pytest.mark.parametrize("lang, length", [
    ("kk", "8 семестр (4 жыл); бұрынғы оқу толық танылса — 7 семестр (3,5 жыл)"),
    ("ru", "8 семестров (4 года); при полном признании предшествующего обучения — 7 семестров (3,5 года)"),
    ("en", "8 semesters (4 years); 7 semesters (3.5 years) when prior learning is recognised in full"),
])
def test_the_facts_state_the_length_in_each_language(real, lang, length):
    html = pathway_facts(real, lang)
    assert f"<td>{length}</td>" in html
    assert html.count("<li>") == len(real.pathway.entry) + len(real.pathway.mode)


def test_the_recognition_table_lists_each_course_with_its_modules_and_stays_within_the_cap(real):
    html = pathway_recognition(real, "ru", Links("ru/programme/pathway/"))
    table = html[:html.index("</table>")]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(\d+)</td></tr>", table)
    assert [re.search(r"courses/([a-z]{3}\d{4})/", row[0]).group(1).upper() for row in rows] == \
        real.pathway.recognised_codes()
    assert sum(int(row[3]) for row in rows) <= real.pathway.cap_credits
    assert "Налоговое право" in table and "Налоговые поступления" in table  # 2025 module and 2021 topic, one course
    assert "<li>Работа в социальных сетях (SMM)" not in html  # counted towards COM3104, so not in the list of the rest
    assert "Управление проектами" in html[html.index('class="not-counted"'):]


def test_the_passport_electives_add_up_to_the_plan_s_elective_credits(real):
    html = electives(real, "en", Links("en/programme/"))
    plan_choice = sum(c.credits for c in real.plan() if c.is_elective)
    assert f"Credits the student chooses (the elective component): {plan_choice} of 240" in html
    for group in real.programme.elective_groups:
        assert group.name["en"] in html


def test_values_from_the_pathway_data_are_escaped(tmp_path):
    root = make_project(tmp_path)
    pathway = root / "data" / "pathway.yml"
    edit(pathway, "en: Serving akims.", f"en: '{HOSTILE}'")
    edit(pathway, "en: Basics}", f"en: '{HOSTILE}'}}")
    edit(pathway, "en: A document.}", f"en: '{HOSTILE}'}}")
    edit(pathway, "en: A certificate.}", f"en: '{HOSTILE}'}}")
    edit(root / "data" / "programme.yml", "en: Gamma group}", f"en: '{HOSTILE}'}}")
    curriculum, problems = load_curriculum(root / "data")
    assert problems == []
    links = Links("en/programme/pathway/")
    for html in (pathway_facts(curriculum, "en"), pathway_plan(curriculum, "en", links),
                 pathway_recognition(curriculum, "en", links), electives(curriculum, "en", links)):
        assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;" in \
        pathway_recognition(curriculum, "en", links)


@pytest.mark.parametrize("lang, meaning", [("kk", "Семестрлер бойынша жоспар."), ("ru", "План по семестрам."),
                                           ("en", "The plan, semester by semester.")])
def test_the_data_format_page_explains_the_pathway_fields_down_to_nested_ones(real, lang, meaning):
    from curriculum.site.render import schema_reference
    html = schema_reference(real, lang)
    pathway = html[html.index('id="fields-pathway"'):]
    assert meaning in pathway
    for key in ("terms[].groups", "recognition.cap_credits", "recognition.courses[].modules", "recognition.term"):
        assert f"<code>{key}</code>" in pathway
