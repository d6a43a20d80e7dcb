"""Numbers with their nouns: the forms a reader expects in each language."""

from __future__ import annotations

import pytest

from curriculum.language.numbers import counted, decimal


@pytest.mark.parametrize("number, lang, expected", [
    (1, "ru", "1 семестр"), (3, "ru", "3 семестра"), (7, "ru", "7 семестров"), (11, "ru", "11 семестров"),
    (12, "ru", "12 семестров"), (21, "ru", "21 семестр"), (22, "ru", "22 семестра"), (25, "ru", "25 семестров"),
    (1, "en", "1 semester"), (7, "en", "7 semesters"), (7, "kk", "7 семестр"),
])
def test_a_whole_number_takes_the_noun_form_its_language_requires(number, lang, expected):
    forms = {"ru": "семестр|семестра|семестров", "en": "semester|semesters", "kk": "семестр"}[lang]
    assert counted(number, forms, lang) == expected


@pytest.mark.parametrize("number, lang, expected", [
    (3.5, "ru", "3,5 года"), (4.0, "ru", "4 года"), (5.0, "ru", "5 лет"), (3.5, "kk", "3,5 жыл"), (3.5, "en", "3.5 years"),
])
def test_a_fraction_has_the_language_s_decimal_sign(number, lang, expected):
    forms = {"ru": "год|года|лет", "en": "year|years", "kk": "жыл"}[lang]
    assert counted(number, forms, lang) == expected
    assert decimal(number, lang) == expected.split()[0]
