"""Unit tests of problem reports and the line-aware YAML loader."""

from __future__ import annotations

import pytest

from curriculum.model.problems import Problem, ProblemsFound, format_problems
from curriculum.model.yamlsource import load_yaml


def test_problems_are_reported_sorted_once_each():
    problems = [Problem("b.yml", 3, "x", "y"), Problem("a.yml", 10, "z"), Problem("a.yml", 2, "w", "v"),
                Problem("a.yml", 2, "w", "v")]
    assert format_problems(problems).splitlines() == [
        "3 problems found:", "a.yml:2: w — v", "a.yml:10: z", "b.yml:3: x — y"]
    with pytest.raises(ProblemsFound) as raised:
        raise ProblemsFound(problems)
    assert len(raised.value.problems) == 3


def test_yaml_keeps_line_numbers_and_reports_syntax_errors(tmp_path):
    good = tmp_path / "good.yml"
    good.write_text("code: A1\nlist:\n  - one\n  - two\ndate: 2021-06-30\nen: no\nchecked: false\n", encoding="utf-8")
    data, problems = load_yaml(good, "data/good.yml")
    assert problems == []
    assert data["en"] == "no" and data["checked"] is False  # only true/false are booleans
    assert data.line_of("list") == 2 and data["list"].line_of(1) == 4
    assert data["date"] == "2021-06-30"
    bad = tmp_path / "bad.yml"
    bad.write_text("code: A1\ntitle: [unclosed\n", encoding="utf-8")
    data, problems = load_yaml(bad, "data/bad.yml")
    assert data is None and problems[0].path == "data/bad.yml" and problems[0].line is not None
    duplicate = tmp_path / "dup.yml"
    duplicate.write_text("code: A1\ncode: A2\n", encoding="utf-8")
    _, problems = load_yaml(duplicate, "data/dup.yml")
    assert "duplicate key 'code'" in problems[0].message and problems[0].line == 2
