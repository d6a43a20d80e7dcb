"""The adopting university's settings (data/university.yml), the licence's attribution line and CITATION.cff:
what they load into, and the exact message each mistake gives."""

from __future__ import annotations

import pytest

from conftest import ROOT
from curriculum.model.citation import load_citation
from curriculum.model.licence import CONTENT, attribution, attributions
from curriculum.model.load import load_curriculum
from curriculum.model.opendata import curriculum_document
from curriculum.model.records import University
from fixture_project import edit, problems

ADOPTED = (ROOT / "tests" / "fixtures" / "adopted" / "university.yml").read_text(encoding="utf-8")


def university_file(root):
    return root / "data" / "university.yml"


def test_the_model_programme_sets_no_university():
    curriculum, found = load_curriculum(ROOT / "data")
    assert found == []
    university = curriculum.university
    assert (university.name, university.programme_code, university.is_set) == (None, None, False)
    assert university.languages_of_instruction == ("kk", "ru")


def test_an_adopting_university_loads_into_the_model(project):
    university_file(project).write_text(ADOPTED, encoding="utf-8")
    (project / "docs" / "assets").mkdir(parents=True)
    (project / "docs" / "assets" / "fixture-logo.svg").write_text("<svg/>", encoding="utf-8")
    assert problems(project) == []
    curriculum, _ = load_curriculum(project / "data")
    university = curriculum.university
    assert university.name == {"kk": "Сынақ мемлекеттік университеті", "ru": "Испытательный государственный университет",
                               "en": "Fixture State University"}
    assert (university.programme_code, university.languages_of_instruction) == ("6BFIXTURE1", ("kk", "en"))
    assert (university.site_url, university.contact, university.logo) == (
        "https://op.fixture.example/curriculum/", "op@fixture.example", "assets/fixture-logo.svg")
    assert university.contact_href() == "mailto:op@fixture.example"


def test_open_data_takes_code_and_languages_from_the_university(project):
    university_file(project).write_text(ADOPTED.replace("logo: assets/fixture-logo.svg", "logo: null"), encoding="utf-8")
    curriculum, _ = load_curriculum(project / "data")
    document = curriculum_document(curriculum, "https://op.fixture.example/curriculum/")
    assert document["programme"]["code"] == "6BFIXTURE1"
    assert document["programme"]["languages_of_instruction"] == ["kk", "en"]
    assert document["university"]["name"]["en"] == "Fixture State University"
    assert document["licence"]["spdx"] == "CC-BY-4.0" and document["licence"]["url"] == CONTENT.url
    assert document["licence"]["attribution"]["en"] == (
        "“Test programme”: bachelor's programme of Fixture State University, https://op.fixture.example/curriculum/; "
        "adapted from the open model programme of the same name by the contributors to the open project. "
        "Licence: CC BY 4.0.")


def test_the_attribution_line_of_the_model_programme_names_no_university(project):
    curriculum, _ = load_curriculum(project / "data")
    assert attribution(curriculum, "ru") == ("«Тестовая программа»: открытая программа бакалавриата на казахском, "
                                             "русском и английском языках; авторы — участники открытого проекта. "
                                             "Лицензия: CC BY 4.0.")
    assert set(attributions(curriculum, "https://x.example/")) == {"kk", "ru", "en"}
    assert all("https://x.example/" in line for line in attributions(curriculum, "https://x.example/").values())


@pytest.mark.parametrize("old, new, message", [
    ("programme_code: null", "programme_code: 6В04119",  # a Cyrillic В, as one source prints it
     "data/university.yml:3: 'programme_code' is '6В04119' — the code as the Register writes it, in Latin capitals "
     "and digits: a digit, a capital, then capitals or digits (6B041…)"),
    ("site_url: null", "site_url: op.example.kz",
     "data/university.yml:5: 'site_url' is 'op.example.kz' — a web address such as https://curriculum.example.kz/"),
    ("contact: null", "contact: the dean's office",
     "data/university.yml:6: 'contact' is 'the dean's office' — an e-mail address (op@example.kz) or a web address (https://…)"),
    ("languages_of_instruction: [kk, ru]", "languages_of_instruction: [kk, de]",
     "data/university.yml:4: 'languages_of_instruction[2]' is 'de' — one of: kk, ru, en"),
    ("name: null", "name: {kk: Университет, ru: Университет}",
     "data/university.yml:2: 'name.en' is missing or empty — text in en for every language"),
    ("logo: null", "logo: assets/missing.svg",
     "data/university.yml:7: logo file docs/assets/missing.svg does not exist — put the image in docs/assets/ and "
     "write its path from docs/, e.g. logo: assets/university-logo.svg"),
    ("logo: null", "logo: kk/logo.svg",
     "data/university.yml:7: logo 'kk/logo.svg' is not a site asset — a path inside docs/ outside the language "
     "folders, e.g. assets/university-logo.svg"),
    ("logo: null", "logo: ../secret.png",
     "data/university.yml:7: logo '../secret.png' is not a site asset — a path inside docs/ outside the language "
     "folders, e.g. assets/university-logo.svg"),
    ("contact: null", "contact: null\nemail: op@example.kz",
     "data/university.yml:7: unknown key 'email' — allowed keys: name, programme_code, languages_of_instruction, "
     "site_url, contact, logo"),
])
def test_each_mistake_in_the_settings_names_file_line_and_what_is_allowed(project, old, new, message):
    edit(university_file(project), old, new)
    assert problems(project) == [message]


def test_a_missing_settings_file_is_reported(project):
    university_file(project).unlink()
    assert problems(project) == ["data/university.yml: file is missing — restore it from the repository"]


def test_keys_that_moved_to_the_university_say_where_they_went(project):
    """A fork that takes later improvements may still have them in data/programme.yml."""
    edit(project / "data" / "programme.yml", "total_credits: 20", "code: 6B04101\ntotal_credits: 20")
    assert problems(project) == ["data/programme.yml:6: 'code' belongs to the adopting university now — "
                                 "write it as 'programme_code:' in data/university.yml and remove it here"]


@pytest.mark.parametrize("environ, expected", [
    ({"SITE_URL": "https://deploy.example/", "PAGES_URL": "https://o.github.io/r/"}, "https://deploy.example/"),
    ({"SITE_URL": "", "PAGES_URL": "https://o.github.io/r/"}, "https://settings.example/"),
    ({}, "https://settings.example/"),
])
def test_the_site_address_is_the_deployments_then_the_settings_file(environ, expected):
    assert University(path="", site_url="https://settings.example/").site_address(environ) == expected


def test_without_an_address_in_the_settings_the_pages_default_serves():
    assert University(path="").site_address({"SITE_URL": "", "PAGES_URL": "https://o.github.io/r/"}) == "https://o.github.io/r/"
    assert University(path="").site_address({}) == ""


def test_the_citation_file_gives_the_version_year():
    citation, found = load_citation(ROOT)
    assert found == [] and citation.version.isdigit() and len(citation.version) == 4


@pytest.mark.parametrize("old, new, message", [
    ('version: "2026"', "version: dev", "CITATION.cff:12: version is 'dev' — the programme's version year in quotes, "
                                        "e.g. \"2026\""),
    ("license: CC-BY-4.0", "license: MIT", "CITATION.cff:13: license is 'MIT' — CC-BY-4.0: the content's licence "
                                           "(LICENSE-CONTENT)"),
])
def test_a_wrong_citation_file_is_reported(project, old, new, message):
    edit(project / "CITATION.cff", old, new)
    assert problems(project) == [message]
