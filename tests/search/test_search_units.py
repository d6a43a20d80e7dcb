"""Unit tests of the site search's core functions (curriculum/search/query.py, curriculum/search/index.py)."""

from __future__ import annotations

import bisect
import json
import re

import pytest
import snowballstemmer

from conftest import ROOT
from curriculum.glossary.termbase import Concept, Glossary, Term
from curriculum.language.morphology import kazakh_forms
from curriculum.search.query import (browser_tables, fold, is_genuine, kazakh_stem, key_stem, light_stem, matches_word,
                               normalise_word, query_words, search_query, term_key, term_keys)
from curriculum.search.index import Record, glossary_records, page_title


@pytest.mark.parametrize("word, stem", [
    ("әкім", "әкім"),
    ("әкімдердің", "әкім"),       # plural + genitive
    ("әкімдері", "әкім"),         # plural + possessive
    ("әкімінің", "әкім"),         # possessive + genitive
    ("әкімге", "әкім"),           # dative, front
    ("әкімдікке", "әкімдік"),     # a derived word keeps its suffix: -дік is not an ending
    ("бюджетке", "бюджет"),       # dative after a voiceless consonant
    ("бюджеттің", "бюджет"),
    ("ауылдарда", "ауыл"),        # plural + locative, back
    ("ауылдық", "ауылдық"),
    ("жиынында", "жиын"),         # possessive + locative
    ("дамуы", "даму"),            # possessive after у
    ("елдің", "ел"),              # a two-letter stem
    ("мәслихаттың", "мәслихат"),
    ("басқару", "басқару"),       # -у is not an ending
    ("бюджетх", "бюджетх"),       # nonsense is not analysed away
    ("LSG2105", "lsg2105"),       # Latin words and codes are left alone
    ("әкімдігі", "әкімді"),       # к voiced before the possessive: cut before г, a prefix of «әкімдік» too
    ("әкімдігінің", "әкімді"),
    ("ауылдығына", "ауылды"),
    ("кітабы", "кіта"),
    ("тегі", "тег"),              # a one-syllable stem is not voiced: its г stays
])
def test_kazakh_stem_removes_inflections_only(word, stem):
    assert kazakh_stem(word) == stem


def test_every_form_morphology_generates_finds_its_base():
    """Pagefind extends the stem as a prefix: each form's stem must be a prefix of the base word. (An
    ambiguous form may be cut shorter: «кеңесі» → «кеңе» + possessive «-сі»; it still finds «кеңес».)"""
    for term in ("әкім", "бюджет", "ауыл", "мәслихат", "кеңес", "сайлау", "округ", "қала", "тіл", "әкімдік",
                 "ауылдық", "есеп", "тік"):
        for form in kazakh_forms(term):
            assert term.startswith(kazakh_stem(form)), (term, form, kazakh_stem(form))
        assert kazakh_stem(term) == term


@pytest.mark.parametrize("typed, meant", [
    ("әкiм", "әкім"),             # Latin i for Kazakh і
    ("ӘКIМ", "әкім"),             # capital Latin I
    ("Hаселение", "население"),   # Latin H imitates Cyrillic Н, not Kazakh һ
    ("маслиxат", "маслихат"),     # Latin x
    ("akim", "akim"),             # an all-Latin word is English, not a look-alike
    ("eGov", "egov"),
])
def test_look_alikes_are_mapped_back_in_mixed_words_only(typed, meant):
    assert normalise_word(typed) == meant


def test_fold_drops_marks_as_pagefind_does_but_keeps_kazakh_letters():
    assert fold("ёлка й") == "елка и"
    assert fold("әғқңөұүһі") == "әғқңөұүһі"


def test_query_words_split_on_hyphens_and_keep_apostrophes():
    assert query_words("Өзін-өзі басқару, akim’s office") == ["өзін", "өзі", "басқару", "akim’s", "office"]


def test_kazakh_query_is_sent_as_stems_russian_and_english_as_typed():
    kk = search_query("әкiмдердің бюджетіне", "kk")
    assert kk.pagefind == "әкім бюджет" and kk.words == ("әкімдердің", "бюджетіне")
    assert search_query("местного самоуправления", "ru").pagefind == "местного самоуправления"
    assert search_query("Akims", "en").pagefind == "akims"


@pytest.mark.parametrize("lang, algorithm", [("ru", "russian"), ("en", "english")])
def test_light_stem_never_keeps_more_than_pagefinds_stemmer_matches(lang, algorithm):
    """For every word of the site: any word Pagefind's Snowball stemmer lets it match shares the light stem."""
    stemmer = snowballstemmer.stemmer(algorithm)
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / lang).rglob("*.md")))
    words = sorted({fold(normalise_word(w)) for w in re.findall(r"[^\W\d_]+", text)})
    pairs = sorted((stemmer.stemWord(w), w) for w in words)
    stems = [stem for stem, _ in pairs]
    too_long = []
    for word in words:
        stem = stemmer.stemWord(word)
        for _, other in pairs[bisect.bisect_left(stems, stem):bisect.bisect_left(stems, stem + "\uffff")]:
            if not matches_word(word, light_stem(word, lang), other):
                too_long.append((word, light_stem(word, lang), other))
                break
    assert len(words) > 1000
    assert too_long == []


def test_light_stem_keeps_what_is_not_an_ending():
    assert light_stem("бюджетх", "ru") == "бюджетх"
    assert light_stem("бюджетом", "ru") == "бюджет"
    assert light_stem("budgetx", "en") == "budgetx"
    assert light_stem("akims", "en") == "akim"


def test_an_answer_is_genuine_only_when_each_word_matched_at_least_its_stem():
    kk = search_query("әкімдердің", "kk")
    assert is_genuine(kk, ["Әкім", "әкімшілік-аумақтық"])
    assert not is_genuine(search_query("әкiмхв", "kk"), ["әкім", "әкімдер"])       # fell back to «әкім»
    assert not is_genuine(search_query("бюджетх", "ru"), ["бюджета", "бюджет."])   # fell back to «бюджет»
    assert is_genuine(search_query("бюджетом", "ru"), ["(бюджета,"])
    assert is_genuine(search_query("аумақтық", "kk"), ["әкімшілік-аумақтық"])      # a part of a compound
    # Pagefind drops a word it cannot match at all; the answer then lacks it.
    assert not is_genuine(search_query("бюджет zzqx", "ru"), ["бюджет"])


def test_term_keys_cover_every_form_of_a_term():
    keys = term_keys(["местное самоуправление"], "ru")
    for query in ("местного самоуправления", "местным самоуправлением", "Местное самоуправление"):
        assert term_key(query, "ru") in keys
    assert term_key("әкімдердің", "kk") in term_keys(["әкім"], "kk")
    assert term_key("әкімдігінің", "kk") in term_keys(["әкімдік"], "kk")
    assert term_key("әкімдігінің", "kk") not in term_keys(["әкім"], "kk")
    assert term_key("akim's", "en") in term_keys(["akim"], "en")
    assert term_key("policies", "en") == term_key("policy", "en")
    assert term_key("бюджет", "ru") not in term_keys(["местное самоуправление"], "ru")


def test_key_stem_strips_case_and_number_endings():
    assert key_stem("округа", "ru") == key_stem("округ", "ru")
    assert key_stem("districts", "en") == "district"


def _concept() -> Concept:
    return Concept("akim", {
        "kk": Term("әкім", "Аумақтағы <өкіл> & басшы."),
        "ru": Term("аким", "Представитель.", synonyms=("глава",)),
        "en": Term("akim", "A \"representative\".", abbr="AK"),
    })


def test_glossary_records_point_at_the_entry_and_carry_its_keys():
    glossary = Glossary({"akim": _concept()})
    [kk] = glossary_records(glossary, "kk", "Глоссарий")
    assert kk.url == "glossary/#akim" and kk.title == "әкім" and kk.language == "kk"
    assert term_key("әкімдердің", "kk") in kk.keys
    [ru] = glossary_records(glossary, "ru", "Глоссарий")
    assert ru.url == "ru/glossary/#akim" and ru.paragraphs[0] == "глава"
    assert term_key("главы", "ru") in ru.keys and term_key("акима", "ru") in ru.keys
    [en] = glossary_records(glossary, "en", "Glossary")
    assert en.paragraphs[-1] == "Қазақша: әкім; Русский: аким"


def test_a_record_is_escaped_html_with_its_meta_and_filters():
    record = Record("glossary/#akim", "kk", "әкім <b>", ("x < y & z",), "Глоссарий", ("әкім",))
    html = record.html()
    assert '<html lang="kk">' in html and "<main data-pagefind-body>" in html
    assert "әкім &lt;b&gt;" in html and "x &lt; y &amp; z" in html and "<b>" not in html
    assert 'data-pagefind-meta="url:glossary/#akim"' in html
    assert 'data-pagefind-filter="term:әкім"' in html and 'data-pagefind-filter="kind:glossary"' in html


def test_page_title_is_the_first_heading_without_its_permalink():
    page = '<h1 id="g">Глоссарий &amp; X<a class="headerlink" href="#g" title="Permanent link">¶</a></h1><h1>Y</h1>'
    assert page_title(page) == "Глоссарий & X"


def test_browser_tables_are_json_and_carry_the_kazakh_endings_once():
    tables = json.loads(json.dumps(browser_tables(), ensure_ascii=False))
    endings = tables["kk"]["endings"]
    assert "нің" in endings["lists"][endings["front"]["м"]]          # әкім+нің: genitive after a nasal
    assert "дердің" in endings["lists"][endings["front"]["м"]]
    assert "тың" in endings["lists"][endings["back"]["т"]]
    assert tables["lookAlikes"]["i"] == "і"
    assert sorted(tables["kk"]["voiced"]) == ["б", "г", "ғ"] and tables["kk"]["voicingSyllables"] == 2
    assert len(json.dumps(tables, ensure_ascii=False).encode()) < 20_000


def test_languages_of_a_built_site_are_read_from_its_glossary_pages(tmp_path):
    from curriculum.search.index import built_languages

    def glossary_page(home, lang):
        (tmp_path / home / "glossary").mkdir(parents=True, exist_ok=True)
        (tmp_path / home / "glossary" / "index.html").write_text(f'<!doctype html>\n<html lang="{lang}">',
                                                               encoding="utf-8")
    glossary_page("", "kk")
    glossary_page("ru", "ru")
    glossary_page("en", "en")
    assert built_languages(tmp_path) == {"kk": "", "ru": "ru/", "en": "en/"}
    one = tmp_path / "one"
    one.mkdir()
    glossary_page("one", "ru")  # ONLY_LANG=ru: Russian at the root
    assert built_languages(one) == {"ru": ""}
