"""Spelling with Debian's Hunspell dictionaries, Kazakh grammar for the forms the old kk dictionary lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.glossary.termbase import load_glossary
from curriculum.checks.spelling import check_spelling, hunspell_unknown, kazakh_endings_parse, prose_tokens, summary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(ROOT / "data")[0]


def project(tmp_path: Path, lang: str, text: str, words: str = "") -> Path:
    (tmp_path / "docs" / lang).mkdir(parents=True)
    (tmp_path / "docs" / lang / "page.md").write_text(text, encoding="utf-8")
    (tmp_path / "data" / "spelling").mkdir(parents=True)
    (tmp_path / "data" / "spelling" / f"{lang}.txt").write_text(words, encoding="utf-8")
    return tmp_path


def test_prose_only_is_checked():
    text = ("---\ncourse: ABC1101\n---\n\n## Бағалау { #assessment }\n\n`кодтағы сөз` https://adilet.zan.kz/rus/docs\n"
            "АППК 2021-жылы [сілтеме](../x.md) e-Otinish мәтін\n```\nкод\n```\n«Казахстанская\nправда»\n")
    assert [(line, word) for line, word, _ in prose_tokens(text, "kk")] == [
        (5, "Бағалау"), (8, "сілтеме"), (8, "мәтін"), (12, "Казахстанская"), (13, "правда")]
    assert [quoted for *_, quoted in prose_tokens(text, "kk")][-2:] == [True, True]


def test_the_old_kazakh_dictionary_rejects_valid_forms_that_grammar_accepts(tmp_path, glossary):
    words = ["әкімдерінің", "өтініштерін", "округтің"]
    assert hunspell_unknown(set(words), "kk_KZ") == set(words)  # Debian's kk dictionary alone rejects them
    report = check_spelling(project(tmp_path, "kk", " ".join(words) + ".\n"), glossary, "kk")
    assert report.unknown == [] and report.words == 3


def test_a_misspelt_kazakh_stem_is_still_caught(tmp_path, glossary):
    report = check_spelling(project(tmp_path, "kk", "Аудандық маслихаттың шешімі. Мәслихаттың шешімі.\n"), glossary, "kk")
    assert [(line, word) for _, line, word in report.unknown] == [(1, "маслихаттың")]
    assert "маслихаттың" in summary([report]) and "per 1,000" in summary([report])


def test_a_quoted_russian_title_in_kazakh_text_is_not_a_kazakh_misspelling(tmp_path, glossary):
    text = "Газет «Казахстанская правда» жазды, бірақ Казахстанская правда деп тырнақшасыз жазу қате.\n"
    report = check_spelling(project(tmp_path, "kk", text), glossary, "kk")
    assert [word for _, _, word in report.unknown] == ["Казахстанская", "правда"]


def test_the_project_word_list_and_glossary_terms_are_accepted(tmp_path, glossary):
    text = "Маслихатами и акимами занимается Денхардт; слово пишеться с ошибкой.\n"
    report = check_spelling(project(tmp_path, "ru", text, "денхардт\n"), glossary, "ru")
    assert [word for _, _, word in report.unknown] == ["пишеться"]


def test_kazakh_endings_chain():
    assert kazakh_endings_parse("дерінің") and kazakh_endings_parse("тің") and kazakh_endings_parse("")
    assert not kazakh_endings_parse("xyz") and not kazakh_endings_parse("дікке-")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_site_has_no_unknown_word(glossary, lang):
    report = check_spelling(ROOT, glossary, lang)
    assert report.words > 10_000
    assert [f"{path}:{line}: {word}" for path, line, word in report.unknown] == []
