"""Unit tests of queries typed without the language's letters (curriculum/search/spelling.py) and of the keys
that put a page first (curriculum/search/index.py). The browser runs the same functions
(tests/search/test_browser_search.py checks the parity and the answers on the built site)."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from conftest import ROOT
from curriculum.glossary.termbase import load_glossary
from curriculum.language.morphology import forms
from curriculum.search.index import page_keys
from curriculum.search.query import kazakh_stem, query_words, term_key
from curriculum.search.spelling import (MAX_SPELLINGS, Vocabulary, kazakh_respellings, needs_respelling,
                                        search_alternatives, transliterations, typed_keys, typing_key)
from curriculum.language.scripts import KAZAKH_LETTERS, LATIN_FOR_KAZAKH, LATIN_FOR_RUSSIAN
from search_queries import romanised

@lru_cache(maxsize=1)
def kazakh_words() -> tuple[set[str], set[str]]:
    """(the words of the Kazakh pages and glossary entries, the forms of the glossary's Kazakh terms). The site's
    index holds the forms too (curriculum/search/index.py), so that the analysis is tested here on forms that
    are not written."""
    glossary, _ = load_glossary(ROOT / "data")
    entries = [f"{name} {c.terms['kk'].definition}" for c in glossary.concepts.values() for name in c.terms["kk"].names()]
    text = " ".join([*(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / "kk").rglob("*.md"))), *entries])
    written = {w for w in query_words(text) if not re.search(r"\d", w)}
    term_forms = {w for c in glossary.concepts.values() for name in c.terms["kk"].names()
                  for form in (name, *forms(name, "kk")) for w in query_words(form) if not re.search(r"\d", w)}
    return written, term_forms


def test_typing_key_folds_kazakh_letters_as_a_russian_keyboard_types_them():
    assert typing_key("Әкімдіктің") == "акимдиктин"
    assert typing_key("мәслихаттың") == "маслихаттин"
    assert typing_key("ауыл ғұмыр өңір һ") == "аuил гумир онир х".replace("u", "у")
    assert typing_key("объект, ёлка, эко, район") == "обект, елка, еко, раион"


def test_transliterations_read_the_longest_spelling_first_and_offer_alternatives():
    assert transliterations("akimdik", LATIN_FOR_KAZAKH) == ("акимдик",)
    assert transliterations("zhergilikti", LATIN_FOR_KAZAKH) == ("жергиликти",)
    assert transliterations("sangha", LATIN_FOR_KAZAKH) == ("санга",)            # ngh: н + ғ
    assert transliterations("qyzmetshi", LATIN_FOR_KAZAKH) == ("кизметши",)      # tsh: т + ш
    assert transliterations("mang", LATIN_FOR_KAZAKH) == ("ман", "манг")         # ng: ң or н + г
    assert transliterations("byudzhet", LATIN_FOR_RUSSIAN)[0] == "бюджет"
    assert transliterations("mestnyy", LATIN_FOR_RUSSIAN)[0] == "местный"
    assert "район" in transliterations("rayon", LATIN_FOR_RUSSIAN)
    many = transliterations("ngngngng", LATIN_FOR_KAZAKH)  # ng: ң or н + г, four times
    assert len(many) == MAX_SPELLINGS and len(set(many)) == MAX_SPELLINGS


@pytest.mark.parametrize("word, lang, needed", [
    ("акимдиктин", "kk", True), ("akimdik", "kk", True), ("бюджет", "kk", True),   # no Kazakh letters
    ("әкімдіктің", "kk", False), ("мәслихаттын", "kk", False),                        # typed with them
    ("lsg2105", "kk", False), ("2025", "kk", False), ("a", "kk", False),              # codes, numbers, letters
    ("akimata", "ru", True), ("акимата", "ru", False), ("akimata", "en", False),
])
def test_which_words_are_respelled(word, lang, needed):
    assert needs_respelling(word, lang) == needed


def test_a_latin_word_is_looked_up_as_typed_and_in_its_cyrillic_readings():
    assert typed_keys("акимдиктин") == ("акимдиктин",)
    assert typed_keys("akimdik") == ("akimdik", "акимдик")


def test_respelling_finds_the_stem_from_the_sites_own_letters():
    vocabulary = Vocabulary(["әкімдік", "әкімдіктер", "әкім", "мәслихат", "мәслихатқа", "маслихат", "бюджет", "бюджетке",
                             "өзін", "өзі", "озық", "оқиға", "оқыту"])
    assert kazakh_respellings("акимдиктин", vocabulary) == ("әкімдік",)       # ә, і, ң typed а, и, н
    assert kazakh_respellings("akimdik", vocabulary) == ("әкімдік",)
    assert kazakh_respellings("акимдиги", vocabulary) == ("әкімді",)          # voiced, as kazakh_stem cuts it
    assert kazakh_respellings("бюджетин", vocabulary) == ("бюджет",)
    assert kazakh_respellings("маслихаттын", vocabulary) == ("мәслихат", "маслихат")
    assert kazakh_respellings("маслихат", vocabulary) == ("мәслихат", "маслихат")  # the more written first
    assert kazakh_respellings("озин", vocabulary) == ("өз",)                  # «өзін» is written: looked up
    # Not written: both readings, the stem more of the site's words start with first.
    assert kazakh_respellings("озин", Vocabulary(["өзі", "өзара", "озық"])) == ("өз", "оз")
    # A form the site writes is looked up: «окига» is «оқиға», not «оқы» + dative.
    assert kazakh_respellings("окига", vocabulary) == ("оқиға",)
    assert kazakh_respellings("акимхв", vocabulary) == ()


def test_every_kazakh_word_typed_without_its_letters_finds_the_stem_of_its_right_spelling():
    """Each word of the Kazakh pages, and each form of each glossary term (most of which no page writes), typed
    on a Russian keyboard and in Latin letters: the respellings hold the stem the right spelling is sent as.
    (Where the site writes another word that folds the same, «актінің» for the form «актының», its stem is
    the right one. A stem no page has at all is left out: the right spelling finds the term's entry only.)"""
    written, term_forms = kazakh_words()
    vocabulary = Vocabulary(written)
    wrong, checked = [], 0
    for word in sorted(w for w in written | term_forms if any(ch in KAZAKH_LETTERS for ch in w)):
        stem, key = kazakh_stem(word), typing_key(word)
        if not any(w.startswith(stem) for w in vocabulary.starting_with(typing_key(stem))):
            continue
        right = {kazakh_stem(w) for w in vocabulary.starting_with(key) if typing_key(w) == key} or {stem}
        for typed in (key, romanised(word)):
            checked += 1
            got = kazakh_respellings(typed, vocabulary)
            # The right stem, or a longer one that still starts the word («жиналыс» for «жиналысындағы», which
            # kazakh_stem cuts to «жиналы»): it finds the word and its other forms.
            if not any(g == r or (g.startswith(r) and word.startswith(g)) for g in got for r in right):
                wrong.append((word, typed, right, got))
    assert len(written) > 5000 and checked > 10_000
    assert wrong == []


def test_every_glossary_term_typed_without_kazakh_letters_is_read_as_that_term():
    """The term's key is among the readings searched (the browser test checks that its entry comes first)."""
    glossary, _ = load_glossary(ROOT / "data")
    written, _ = kazakh_words()
    vocabulary = Vocabulary(written)
    wrong = []
    for concept in glossary.concepts.values():
        term = concept.terms["kk"].term
        if re.search(r"\d|\b\w\b", term):
            continue  # a one-letter word («А» корпусы) is typed as it is
        for typed in (typing_key(term), " ".join(romanised(w) for w in query_words(term))):
            keys = [alternative.key for alternative in search_alternatives(typed, "kk", vocabulary)]
            if term_key(term, "kk") not in keys:
                wrong.append((term, typed, keys))
    assert wrong == []


def test_alternatives_put_the_likeliest_reading_first_and_the_russian_query_as_typed_second():
    written, _ = kazakh_words()
    [only] = search_alternatives("акимдиктин", "kk", Vocabulary(written))
    assert only.query.pagefind == "әкімдік" and only.key == term_key("әкімдіктің", "kk")
    russian = search_alternatives("mestnoe samoupravlenie", "ru")
    assert russian[0].query.pagefind == "местное самоуправление"
    assert russian[0].key == term_key("местного самоуправления", "ru")
    assert russian[1].query.pagefind == "mestnoe samoupravlenie"
    assert len(russian) <= MAX_SPELLINGS
    # A Latin word is searched as typed on the Russian site only if its index has a Latin word starting so.
    latin = Vocabulary(["government", "oecd"])
    assert [a.query.pagefind for a in search_alternatives("OECD", "ru", latin)] == ["оецд", "oecd"]
    assert [a.query.pagefind for a in search_alternatives("akimata", "ru", latin)] == ["акимата"]
    assert transliterations("ekonomika", LATIN_FOR_RUSSIAN) == ("економика", "экономика")  # э at the start only
    assert transliterations("mestnoe", LATIN_FOR_RUSSIAN) == ("местное",)
    # Typed with Kazakh letters, or in English: one reading, as before.
    assert [a.query.pagefind for a in search_alternatives("әкімдердің", "kk", Vocabulary(written))] == ["әкім"]
    assert [a.query.pagefind for a in search_alternatives("akims", "en")] == ["akims"]
    # Without the site's words (none loaded), a Kazakh word is searched as typed.
    assert [a.query.pagefind for a in search_alternatives("акимдиктин", "kk")] == ["акимдиктин"]


def test_a_page_is_filed_under_its_title_and_course_code():
    page = '<h1 id="x">Жергілікті бюджеттер<a class="headerlink" href="#x">¶</a></h1><p>LSG2105</p>'
    assert page_keys(page, "LBU3103", "kk") == sorted([term_key("Жергілікті бюджеттер", "kk"), "lbu3103"])
    assert page_keys(page, None, "kk") == [term_key("жергілікті бюджеттерге", "kk")]
    assert page_keys("<p>no heading</p>", None, "en") == []
