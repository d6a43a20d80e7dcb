"""Golden files for the generated blocks: fixture curriculum in, expected HTML out.

Regenerate after an intended change with UPDATE_GOLDEN=1 python3 dev.py test tests/site/test_render_golden.py,
then read the diff before committing it.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from curriculum.site.graph import prerequisite_graph
from curriculum.model.load import load_curriculum
from curriculum.model.opendata import curriculum_document
from curriculum.site.pathway_page import pathway_facts, pathway_plan, pathway_recognition
from curriculum.site.render import (Links, catalogue, course_summary, electives, grading_scale, outcomes, passport_facts,
                                    structure)
from fixture_project import make_project

GOLDEN = Path(__file__).resolve().parent / "golden"

CASES = {
    "catalogue.kk.html": lambda c: catalogue(c, "kk", Links("courses/")),
    "structure.ru.html": lambda c: structure(c, "ru", Links("ru/programme/structure/")),
    "outcomes.en.html": lambda c: outcomes(c, "en", Links("en/programme/outcomes/")),
    "summary-PRO1201.kk.html": lambda c: course_summary(c, c.courses["PRO1201"], "kk", Links("courses/pro1201/")),
    "summary-FIN1204.en.html": lambda c: course_summary(c, c.courses["FIN1204"], "en", Links("en/courses/fin1204/")),
    "summary-BGA1104.ru.html": lambda c: course_summary(c, c.courses["BGA1104"], "ru", Links("ru/courses/bga1104/")),
    "electives.en.html": lambda c: electives(c, "en", Links("en/programme/")),
    "pathway-facts.ru.html": lambda c: pathway_facts(c, "ru", Links("ru/programme/pathway/")),
    "pathway-plan.kk.html": lambda c: pathway_plan(c, "kk", Links("programme/pathway/")),
    "pathway-recognition.en.html": lambda c: pathway_recognition(c, "en", Links("en/programme/pathway/")),
    "prerequisites.en.html": lambda c: prerequisite_graph(c, "en", Links("en/programme/prerequisites/")),
    "grading-scale.ru.html": lambda c: grading_scale(c, "ru"),
    "passport-facts.kk.html": lambda c: passport_facts(c, "kk"),
    "curriculum.json": lambda c: json.dumps(curriculum_document(c), ensure_ascii=False, indent=1) + "\n",
}


@pytest.fixture(scope="module")
def curriculum(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("golden"))
    loaded, problems = load_curriculum(root / "data")
    assert problems == []
    return loaded


@pytest.mark.parametrize("name", CASES)
def test_rendered_block_matches_its_golden_file(curriculum, name):
    rendered = CASES[name](curriculum)
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if rendered != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), rendered.splitlines(True), "golden", "rendered"))
        pytest.fail(f"{name} differs from tests/site/golden/{name}:\n{diff}")


def test_links_are_relative_to_the_page_in_its_language():
    assert Links("ru/programme/structure/").to("ru/courses/abc1101/") == "../../courses/abc1101/"
    assert Links("courses/").to("courses/abc1101/") == "abc1101/"
    assert Links("").to("programme/outcomes/") == "programme/outcomes/"
    assert Links("en/courses/abc1101/").to("en/courses/abc1101/") == "./"


def test_the_study_plan_lists_every_elective_of_every_track():
    """A semester with two electives per track showed the reference track's second one nowhere (RUR4106)."""
    from conftest import ROOT
    real, problems = load_curriculum(ROOT / "data")
    assert problems == []
    html = structure(real, "en", Links("en/programme/structure/"))
    assert [code for code in sorted(real.courses) if code not in html] == []
