"""The footer's licence line and the passport's citation line, rendered without a build: the words of each
language, the links, escaping, and the year a citation gives."""

from __future__ import annotations

import dataclasses

import pytest

from curriculum.checks.project import Project
from curriculum.model.licence import CONTENT
from curriculum.model.records import University
from curriculum.site.build import version_year
from curriculum.site.footer import site_footer
from curriculum.site.render import Links, how_to_cite
from fixture_project import make_project


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    loaded, problems = Project(make_project(tmp_path_factory.mktemp("footer"))).load()
    assert problems == []
    return loaded


def adopted(curriculum, **changes):
    university = University(path="data/university.yml", name={"kk": "«Ай & Күн» университеті", "ru": "Университет <АК>",
                                                               "en": "A&K University"},
                            programme_code="6BFIXTURE1", languages_of_instruction=("kk",), contact="https://ak.example/op")
    return dataclasses.replace(curriculum, university=dataclasses.replace(university, **changes))


def test_the_model_programme_footer_invites_adoption(content):
    html = site_footer(content.curriculum, "en", Links("en/courses/pro1201/"))
    assert "A model programme: any university may adopt it." in html
    assert '<a href="../../adopt/">Adopt this programme</a>' in html
    assert (f'Content and data are licensed under <a href="{CONTENT.url}deed.en" rel="license">CC BY 4.0</a>, '
            'the code under <a href="https://opensource.org/license/mit">MIT</a>.') in html
    assert "Third-party material quoted on the pages" in html


def test_an_adopted_footer_names_the_university_escaped_with_its_contact(content):
    html = site_footer(adopted(content.curriculum), "ru", Links("ru/"))
    assert '<span class="site-footer__university">Университет &lt;АК&gt;</span>' in html
    assert '<a href="https://ak.example/op">https://ak.example/op</a>' in html
    assert '<a href="adopt/">Как внедрить программу</a>' in html
    assert "Программа-образец" not in html


def test_the_404_footer_has_no_relative_link(content):
    html = site_footer(content.curriculum, "kk", None)
    assert "adopt/" not in html and f'href="{CONTENT.url}"' in html  # no Kazakh summary of the licence: the licence itself


def test_how_to_cite_for_the_model_programme(content):
    html = how_to_cite(content.curriculum, "kk", "2026", "https://x.example/programme/")
    assert html == ('<p class="how-to-cite"><strong>Қалай сілтеме жасауға болады:</strong> Ашық жобаның '
                    'қатысушылары (2026). Сынақ бағдарламасы: қазақ, орыс және ағылшын тілдеріндегі ашық бакалавриат '
                    'бағдарламасы, 2026 жылғы нұсқа. <a href="https://x.example/programme/">'
                    'https://x.example/programme/</a></p>')


def test_how_to_cite_for_an_adopting_university_without_an_address(content):
    html = how_to_cite(adopted(content.curriculum), "en", "2027")
    assert html == ('<p class="how-to-cite"><strong>How to cite:</strong> A&amp;K University (2027). Test programme: '
                    "bachelor&#x27;s programme 6BFIXTURE1, version 2027.</p>")


def test_the_year_is_the_published_intake_years_or_the_citation_files(content, monkeypatch):
    monkeypatch.delenv("MIKE_DOCS_VERSION", raising=False)
    assert version_year(content) == content.citation.version
    monkeypatch.setenv("MIKE_DOCS_VERSION", "2031")
    assert version_year(content) == "2031"
    monkeypatch.setenv("MIKE_DOCS_VERSION", "dev")
    assert version_year(content) == content.citation.version

