"""The interface words (data/labels.yml) and how data files are read: every way a contributor can break them is a
`path:line` message from `dev.py check`, never a crash of the build."""

from __future__ import annotations

import pytest

from curriculum.model.label_keys import LABEL_KEYS
from curriculum.model.sources import encoding_problems, read_text
from curriculum.model.yamlsource import load_yaml
from fixture_project import edit, problems


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


def _line(root, text: str) -> int:
    """The line of data/labels.yml that starts with ``text``."""
    lines = labels(root).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(text))


def test_a_labels_group_or_label_that_is_not_a_mapping(project):
    text = labels(project).read_text(encoding="utf-8")
    footer = text[text.index("footer:\n"):text.index("\n", text.index("  made_with:")) + 1]
    edit(labels(project), footer, "footer:\n  - a\n")
    edit(labels(project), "version:\n", "version: {}\n")
    version = text[text.index("version:\n") + len("version:\n"):text.index("# The page GitHub Pages serves")]
    edit(labels(project), version, "")
    at = text.index("  megabytes:", text.index("offline:"))
    edit(labels(project), text[at:text.index("\n", at)], "  megabytes: Сөз")
    assert problems(project) == [
        f"data/labels.yml:{_line(project, 'version:')}: label group 'version' is empty — a mapping of labels, each "
        "with its kk, ru and en text",
        f"data/labels.yml:{_line(project, 'footer:')}: label group 'footer' is a list — a mapping of labels, each "
        "with its kk, ru and en text",
        f"data/labels.yml:{_line(project, '  megabytes: Сөз')}: label offline.megabytes is 'Сөз' — every label has kk, "
        "ru and en text under it",
    ]


def test_every_label_the_site_shows_is_required_and_a_misspelt_one_is_named(project):
    """Deleting one label would make the build fail on it: the check names it first, and a key or group the
    site does not read (a misspelling, most often) is named too."""
    text = labels(project).read_text(encoding="utf-8")
    home = text[text.index("  home:"):text.index("\n", text.index("  home:")) + 1]
    edit(labels(project), home, "")
    edit(labels(project), "  made_with:", "  made_wth:")
    labels(project).write_text(labels(project).read_text(encoding="utf-8") + "extras:\n  word: {kk: Сөз, ru: Слово, en: Word}\n",
                               encoding="utf-8")
    assert problems(project) == sorted([
        f"data/labels.yml:{_line(project, 'not_found:')}: label not_found.home is missing — restore it from the "
        "repository's data/labels.yml, with its kk, ru and en text: the site shows it",
        f"data/labels.yml:{_line(project, 'footer:')}: label footer.made_with is missing — restore it from the "
        "repository's data/labels.yml, with its kk, ru and en text: the site shows it",
        f"data/labels.yml:{_line(project, '  made_wth:')}: label footer.made_wth is not one the site shows — the "
        "keys of footer: as in the repository's data/labels.yml (check the spelling)",
        f"data/labels.yml:{_line(project, 'extras:')}: label group 'extras' is not one the site shows — the groups: "
        + ", ".join(LABEL_KEYS),
    ])


def test_a_missing_label_group_is_named_with_its_labels(project):
    text = labels(project).read_text(encoding="utf-8")
    edit(labels(project), text[text.index("# The footer's credit line"):text.index("# Reading offline")], "")
    assert problems(project) == ["data/labels.yml:1: label group 'footer' is missing — restore it from the "
                                 "repository's data/labels.yml: the site shows its labels (made_with)"]


def test_the_repositorys_labels_are_exactly_the_ones_the_site_shows():
    import yaml
    from fixture_project import ROOT
    shipped = yaml.safe_load((ROOT / "data" / "labels.yml").read_text(encoding="utf-8"))
    assert {group: sorted(keys) for group, keys in shipped.items()} == \
        {group: sorted(keys) for group, keys in LABEL_KEYS.items()}


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
