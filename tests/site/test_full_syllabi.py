"""Every basic and profile course, internships included, is taught from a full syllabus: over the built site, each
such course page has the sections of a full syllabus (an internship's, with its report) in kk, ru and en."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from curriculum.checks.project import Project
from curriculum.model.validate import expected_sections

PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}


@pytest.fixture(scope="module")
def curriculum():
    return Project(ROOT).load()[0].curriculum


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_basic_and_profile_course_page_has_every_section_of_a_full_syllabus(built_site, curriculum, lang):
    courses = [c for c in curriculum.ordered() if c.cycle in ("BD", "PD")]
    assert len(courses) > 30
    lacking = []
    for course in courses:
        assert course.syllabus == "full", f"{course.code} is still a short description"
        html = (built_site / PREFIXES[lang] / "courses" / course.slug / "index.html").read_text(encoding="utf-8")
        ids = re.findall(r'<h2 id="([a-z-]+)"', html)
        missing = [section for section in expected_sections(course) if section not in ids]
        if missing:
            lacking.append(f"{course.code}: {', '.join(missing)}")
    assert lacking == []
