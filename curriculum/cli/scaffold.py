"""Scaffold a new course: a data record to fill in and page stubs in kk, ru and en."""

from __future__ import annotations

from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.schema import COURSE_CODE
from curriculum.model.validate import SHORT_DESCRIPTION, sections_for
from curriculum.model.yamlsource import load_yaml

RECORD_TEMPLATE = """\
# Fill in every field; `python3 dev.py check` names what is still missing or wrong.
# Field meanings: /contributing/data/ on the site.
code: {code}
kind: course
title:
  kk: ""
  ru: ""
  en: ""
credits: 5
semester: {semester}
cycle: PD
component: VK
module: M4
hours: {{lectures: 15, seminars: 30, srop: 30, sro: 75}}
prerequisites: []
outcomes: []
assessment: exam
syllabus: summary
"""

# Section headings as the existing pages write them; which sections a page gets follows its record
# (curriculum.model.validate.expected_sections, which the check holds every page to).
HEADINGS = {
    "kk": {"aims": "Пәннің мақсаты", "topics": "Негізгі тақырыптар", "outcomes": "Оқыту нәтижелері",
           "weekly-plan": "Апталық жоспар", "report": "Практика есебі", "assessment": "Бағалау",
           "readings": "Әдебиеттер", "case": "Семинарға арналған кейс", "policies": "Пән саясаты",
           "forms": "Өткізу нысандары", "requirements": "Талаптар"},
    "ru": {"aims": "Цели дисциплины", "topics": "Основные темы", "outcomes": "Результаты обучения",
           "weekly-plan": "Тематический план по неделям", "report": "Отчёт о практике", "assessment": "Оценивание",
           "readings": "Литература", "case": "Кейс для семинара", "policies": "Политика дисциплины",
           "forms": "Формы проведения", "requirements": "Требования"},
    "en": {"aims": "Aims", "topics": "Main topics", "outcomes": "Learning outcomes", "weekly-plan": "Weekly plan",
           "report": "Internship report", "assessment": "Assessment", "readings": "Readings",
           "case": "Seminar case", "policies": "Course policies", "forms": "Forms", "requirements": "Requirements"},
}
PLACEHOLDER = {
    "kk": "Бұл бөлімді қазақ тілінде жазыңыз.",
    "ru": "Напишите этот раздел на русском языке.",
    "en": "Write this section in English.",
}
SOURCES = {"kk": "**Дереккөздер:**", "ru": "**Источники:**", "en": "**Sources:**"}


def scaffold_course(root: Path, code: str) -> list[Path]:
    """Create what is missing for ``code``; never overwrite. Returns the files created. Pages get the sections
    the record asks for: a new record is a short description; an existing one may say `syllabus: full`."""
    if not COURSE_CODE.match(code):
        raise ValueError(f"{code}: a course code is three Latin capitals and four digits, e.g. LSG2105")
    created = []
    record = root / "data" / "courses" / f"{code}.yml"
    if not record.exists():
        year, half = int(code[3]), int(code[4])
        record.write_text(RECORD_TEMPLATE.format(code=code, semester=(year - 1) * 2 + half), encoding="utf-8")
        created.append(record)
    for lang in LANGUAGES:
        page = root / "docs" / lang / "courses" / f"{code.lower()}.md"
        if page.exists():
            continue
        sections = "\n\n".join(f"## {HEADINGS[lang][anchor]} {{ #{anchor} }}\n\n{PLACEHOLDER[lang]}"
                                 for anchor in _sections(record))
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"---\ncourse: {code}\n---\n\n{sections}\n\n{SOURCES[lang]}\n", encoding="utf-8")
        created.append(page)
    return created


def _sections(record: Path) -> tuple[str, ...]:
    raw, problems = load_yaml(record, str(record))
    if problems or not isinstance(raw, dict):
        return SHORT_DESCRIPTION
    return sections_for(raw.get("kind"), raw.get("syllabus"))
