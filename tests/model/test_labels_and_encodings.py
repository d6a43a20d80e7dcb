"""The interface words (data/labels.yml) and how data files are read: every way a contributor can break them is a
`path:line` message from `dev.py check`, never a crash of the build."""

from __future__ import annotations

import pytest

from curriculum.checks.project import Project
from curriculum.model.sources import encoding_problems, read_text
from curriculum.model.yamlsource import load_yaml
from fixture_project import edit, make_project


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path)


def problems(root) -> list[str]:
    return sorted(str(p) for p in Project(root).check())


def labels(root):
    return root / "data" / "labels.yml"


@pytest.mark.parametrize("text, message", [
    ("", "data/labels.yml:1: the file is empty"),
    ("# only a comment\n", "data/labels.yml:1: the file is empty"),
    ("- ui\n- cycle\n", "data/labels.yml:1: the file is a list"),
    ("labels\n", "data/labels.yml:1: the file is 'labels'"),
])
def test_an_empty_or_unusable_labels_file_is_reported_not_crashed_on(project, text, message):
    labels(project).write_text(text, encoding="utf-8")
    assert problems(project) == [f"{message} — groups of interface words (ui:, cycle:, …), each label with its kk, ru "
                                 "and en text"]


def test_a_labels_group_or_label_that_is_not_a_mapping(project):
    text = labels(project).read_text(encoding="utf-8")
    labels(project).write_text(text + "extra:\n  - a\nmore: {word: Сөз}\nempty:\n", encoding="utf-8")
    end = text.count("\n")
    assert problems(project) == [
        f"data/labels.yml:{end + 1}: label group 'extra' is a list — a mapping of labels, each with its kk, ru and en text",
        f"data/labels.yml:{end + 3}: label more.word is 'Сөз' — every label has kk, ru and en text under it",
        f"data/labels.yml:{end + 4}: label group 'empty' is empty — a mapping of labels, each with its kk, ru and en text",
    ]


def test_a_comma_in_an_unquoted_text_is_named_for_what_it_is(project):
    edit(labels(project), "ru: Кредиты (ECTS)", "ru: Кредиты, ECTS")
    (found,) = problems(project)
    assert found.endswith(": label ui.credits_ects: the text 'ECTS' after a comma became a key of its own — put a "
                          "text that contains a comma in quotes: ru: \"…, …\"")
    edit(project / "data" / "courses" / "GEN1101.yml", "ru: Общая дисциплина", "ru: Общая, дисциплина")
    assert "data/courses/GEN1101.yml:2: 'title': the text 'дисциплина' after a comma became a key of its own — put a " \
           "text that contains a comma in quotes: ru: \"…, …\"" in problems(project)


def test_a_missing_labels_file(project):
    labels(project).unlink()
    assert problems(project) == ["data/labels.yml: file is missing — restore it from the repository"]


def test_reading_drops_a_byte_order_mark_and_refuses_other_encodings(tmp_path):
    path = tmp_path / "x.yml"
    path.write_bytes(b"\xef\xbb\xbfcode: A1\r\nname: \xd0\x90\r\n")
    assert read_text(path) == "code: A1\nname: А\n"
    data, found = load_yaml(path, "data/x.yml")
    assert data == {"code": "A1", "name": "А"} and found == []
    assert [str(p) for p in encoding_problems(path, "data/x.yml")] == [
        "data/x.yml:1: the file starts with a byte-order mark (BOM) — save it as UTF-8 without BOM (in Notepad: "
        "'UTF-8', not 'UTF-8 with BOM')"]
    path.write_bytes("code: A1\nname: Аким\n".encode("cp1251"))
    assert read_text(path) is None
    data, found = load_yaml(path, "data/x.yml")
    assert data is None and [str(p) for p in found] == [
        "data/x.yml:2: not UTF-8 text: byte 0xC0 cannot be read (the file was saved in another encoding, such as "
        "Windows-1251) — save the file as UTF-8 (in the editor: Save as… → Encoding: UTF-8)"]
