"""Where a course page sits in the site: the catalogue it belongs to, and its neighbours in plan order."""

from __future__ import annotations

from curriculum.model.records import Course, Curriculum

# Sources within a language folder (docs/<lang>/…).
CATALOGUE_SOURCE = "courses/index.md"


def course_source(course: Course) -> str:
    return f"courses/{course.slug}.md"


def plan_sequence(curriculum: Curriculum) -> list[Course]:
    """Every course in the order of the plan (semester by semester; a semester's electives track by track):
    the order in which a course page's "previous" and "next" lead."""
    return curriculum.ordered()
