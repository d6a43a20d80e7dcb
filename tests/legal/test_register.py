"""The legal register as contributors meet it: its rules, the fixture mistakes `dev.py check` catches at their line
(a superseded act cited as in force, an unknown id, a stale check), and the register in the open data."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT
from curriculum.checks.project import Project
from curriculum.model.opendata import curriculum_document
from fixture_project import edit, make_project, problems

REGISTER = """- id: budget-code
  kind: code
  date: 2025-03-15
  number: 171-VIII
  status: in-force
  checked: 2026-11-25
  title: {kk: Бюджет кодексі, ru: Бюджетный кодекс, en: Budget Code}
- id: old-code
  kind: code
  date: 2008-12-04
  status: superseded
  ended: 2025-01-01
  replaced_by: budget-code
  checked: 2020-01-01
  title: {kk: Ескі кодекс, ru: Старый кодекс, en: Old Code}
  superseded_forms: {kk: [Ескі палата], ru: [Стар палат], en: [Old Chamber]}
"""


@pytest.fixture
def project(tmp_path):
    root = make_project(tmp_path)
    (root / "data" / "legal-acts.yml").write_text(REGISTER, encoding="utf-8")
    return root


def page(root, lang="ru", code="gen1101"):
    return root / "docs" / lang / "courses" / f"{code}.md"


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_the_fixture_with_a_register_is_valid(project):
    assert problems(project) == []


def test_citing_a_superseded_act_an_unknown_id_and_an_old_word_are_reported_at_their_lines(project):
    lines = page(project).read_text(encoding="utf-8").count("\n")
    append(page(project), "\nСм. [[act:old-code]].\n\nСм. [[act:no-such-code]].\n\nКомитет Старой палаты.\n")
    assert problems(project) == [
        f"docs/ru/courses/gen1101.md:{lines + 2}: [[act:old-code]] cites an act that is no longer in force "
        "(superseded) as if it were — write [[history:old-code…]] where the page tells history, or cite what "
        "replaced it: [[act:budget-code]]",
        f"docs/ru/courses/gen1101.md:{lines + 4}: unknown act 'no-such-code' in [[act:no-such-code]] — an id from "
        "data/legal-acts.yml (the Legal framework page lists them)",
        f"docs/ru/courses/gen1101.md:{lines + 6}: 'Старой палаты' belongs to Старый кодекс (superseded) and is "
        "written as if current — in a passage that cites it as history, e.g. [[history:old-code|Старой палаты]] "
        "— or name what is in force today"]
    edit(page(project), "Комитет Старой палаты.", "Комитет Старой палаты ([[history:old-code]]).")
    edit(page(project), "[[act:old-code]]", "[[history:old-code]]")
    edit(page(project), "[[act:no-such-code]]", "[[act:budget-code|Кодекс]]")
    assert problems(project) == []


@pytest.mark.parametrize("old, new, expected", [
    ("  replaced_by: budget-code\n", "  replaced_by: nothing\n",
     "data/legal-acts.yml:13: act old-code is replaced by unknown act nothing — the id of another act in data/legal-acts.yml"),
    ("  replaced_by: budget-code\n", "",
     "data/legal-acts.yml:11: act old-code is superseded but names no successor — add 'replaced_by:' with the id of "
     "the act that replaced it, or use status repealed"),
    ("  status: in-force\n", "  status: in-force\n  ended: 2020-01-01\n",
     "data/legal-acts.yml:6: act budget-code is in-force but has 'ended' — 'ended' belongs to an act no longer in "
     "force (superseded, repealed, expired)"),
    ("  status: in-force\n", "  status: valid\n",
     "data/legal-acts.yml:5: 'status' is 'valid' — one of: in-force, superseded, repealed, expired, draft, not-adopted"),
    ("  checked: 2026-11-25\n", "  checked: yes\n", "data/legal-acts.yml:6: 'checked' is 'yes' — a date YYYY-MM-DD"),
])
def test_each_rule_of_the_register_names_the_line(project, old, new, expected):
    edit(project / "data" / "legal-acts.yml", old, new)
    assert problems(project) == [expected]


def test_dev_check_warns_about_a_stale_check_without_failing(project):
    result = subprocess.run([sys.executable, "-m", "curriculum", "--root", str(project), "check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "legal review: 1 act(s) of data/legal-acts.yml to check against the official text" in result.stdout
    assert "data/legal-acts.yml:14: act old-code was last checked on 2020-01-01, over a year ago" in result.stdout


def test_the_real_register_drives_the_open_data():
    content, found = Project(ROOT).load_and_check()
    assert [str(p) for p in found] == []
    document = curriculum_document(content.curriculum)
    acts = {act["id"]: act for act in document["legal_acts"]}
    assert acts["constitution-2026"]["status"] == "in-force" and acts["constitution-2026"]["in_force"] == "2026-07-01"
    assert acts["constitution-1995"]["status"] == "superseded"
    assert acts["constitution-1995"]["replaced_by"] == "constitution-2026"
    assert acts["budget-code-2025"]["in_force"] == "2025-01-01"
    assert acts["budget-code-2025"]["adilet"] == "https://adilet.zan.kz/rus/docs/K2500000171"


def test_every_superseded_act_says_what_replaced_it_and_nothing_cites_the_1995_constitution_as_current():
    content, _ = Project(ROOT).load()
    acts = content.curriculum.acts
    assert acts["constitution-1995"].superseded_forms["ru"], "the 1995 Constitution's own words are listed"
    for act in acts.values():
        if act.status == "superseded":
            assert act.replaced_by in acts
    courses_citing_1995_as_current = [path for path, cited in content.citations.items() if "constitution-1995" in cited.acts
                                      and "[[act:constitution-1995" in (ROOT / "docs" / path).read_text(encoding="utf-8")]
    assert courses_citing_1995_as_current == []
