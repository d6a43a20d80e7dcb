"""The termbase: its checks, its alphabetical order, its downloads, and terms found in their inflected forms."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from curriculum.glossary.termbase import load_glossary
from curriculum.site.glossary_page import glossary_csv, glossary_tbx, sorted_concepts
from curriculum.model.load import load_curriculum
from curriculum.glossary.mdext import PageTerms, TermLinkContext, TermLinkExtension
from curriculum.language.scripts import mixed_words
from curriculum.glossary.termlinks import TermIndex

ROOT = Path(__file__).resolve().parents[2]

CONCEPT = """\
- id: {id}
  kk: {{term: {kk}, definition: Анықтама.}}
  ru: {{term: {ru}, definition: Определение.}}
  en: {{term: {en}, definition: "Definition with <b> & \\"quotes\\"."}}
"""


@pytest.fixture(scope="module")
def glossary():
    curriculum, _ = load_curriculum(ROOT / "data")
    loaded, problems = load_glossary(ROOT / "data", set(curriculum.acts))
    assert problems == []
    return loaded


def write_glossary(tmp_path, text):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "test.yml").write_text(text, encoding="utf-8")
    return load_glossary(tmp_path, {"budget-code"})


def test_real_termbase_has_150_complete_concepts(glossary):
    assert len(glossary) >= 150
    assert all(concept.terms[lang].definition for concept in glossary.concepts.values() for lang in ("kk", "ru", "en"))


def test_incomplete_concept_is_reported_with_its_line(tmp_path):
    _, problems = write_glossary(tmp_path, "- id: akim\n  kk: {term: әкім, definition: Анықтама.}\n"
                                           "  ru: {term: аким}\n  en: {term: akim, definition: x}\n")
    assert [str(p) for p in problems] == [
        "data/glossary/test.yml:3: missing key 'ru.definition' — add 'definition:' with text"]


def test_duplicate_id_unknown_related_unknown_source_and_duplicate_term(tmp_path):
    text = (CONCEPT.format(id="akim", kk="әкім", ru="аким", en="akim")
            + "  related: [akimat, nowhere]\n  source: {act: no-such-law}\n"
            + CONCEPT.format(id="akimat", kk="әкімдік", ru="акимат", en="akim")
            + CONCEPT.format(id="akim", kk="әкімі", ru="акимы", en="akims"))
    _, problems = write_glossary(tmp_path, text)
    assert sorted(str(p) for p in problems) == [
        "data/glossary/test.yml:11: duplicate concept id akim — each id is used once; data/glossary/test.yml:1 already has it",
        "data/glossary/test.yml:5: unknown related concept nowhere — the id of a concept in data/glossary/",
        "data/glossary/test.yml:6: unknown source no-such-law — an id from data/legal-acts.yml",
        "data/glossary/test.yml:7: en term «akim» of akimat is also a term of akim"
        " — each en term or synonym names one concept; data/glossary/test.yml:1",
    ]


def test_kazakh_alphabetical_order_follows_the_kazakh_alphabet(tmp_path):
    words = ["ірі", "ұйым", "әкім", "ғылым", "қала", "аудан", "ырық", "үкімет", "өңір", "ниет", "ңа", "һ", "шара"]
    text = "".join(CONCEPT.format(id=f"c{n}", kk=w, ru=f"р{n}", en=f"e{n}") for n, w in enumerate(words))
    loaded, problems = write_glossary(tmp_path, text)
    assert problems == []
    assert [c.terms["kk"].term for c in sorted_concepts(loaded, "kk")] == [
        "аудан", "әкім", "ғылым", "қала", "ниет", "ңа", "өңір", "ұйым", "үкімет", "һ", "шара", "ырық", "ірі"]


def test_csv_download_parses_with_every_concept_in_three_languages(glossary):
    rows = list(csv.DictReader(io.StringIO(glossary_csv(glossary))))
    assert len(rows) == len(glossary)
    akim = next(row for row in rows if row["id"] == "akim")
    assert (akim["kk_term"], akim["ru_term"], akim["en_term"]) == ("әкім", "аким", "akim")


def test_tbx_download_is_well_formed_iso_30042(glossary):
    from curriculum.model.load import load_curriculum
    curriculum, _ = load_curriculum(ROOT / "data")
    root = etree.fromstring(glossary_tbx(glossary, curriculum.acts).encode("utf-8"))
    ns = {"tbx": "urn:iso:std:iso:30042:ed-2"}
    entries = root.findall(".//tbx:conceptEntry", ns)
    assert root.get("type") == "TBX-Basic" and len(entries) == len(glossary)
    maslikhat = next(e for e in entries if e.get("id") == "maslikhat")
    languages = {sec.get("{http://www.w3.org/XML/1998/namespace}lang"): sec.find("tbx:termSec/tbx:term", ns).text
                 for sec in maslikhat.findall("tbx:langSec", ns)}
    assert languages == {"kk": "мәслихат", "ru": "маслихат", "en": "maslikhat"}


# The inflected forms that must link to their concept (text, expected matches as (surface, concept)).
LINKING_CASES = {
    "ru": [
        ("Органы местного самоуправления работают", [("Органы местного самоуправления", "local-self-government-body")]),
        ("вопросы местного самоуправления", [("местного самоуправления", "local-self-government")]),
        ("согласно Бюджетному кодексу", [("Бюджетному кодексу", "budget-code")]),
        ("отношения с маслихатами", [("маслихатами", "maslikhat")]),
        ("бюджета сельского округа", [("бюджета сельского округа", "rural-district-budget")]),
        ("доклад акима", [("акима", "akim")]),
        ("решение акима", [("решение акима", "akim-decision")]),
    ],
    "kk": [
        ("әкімдердің жұмысы", [("әкімдердің", "akim")]),
        ("әкімдікке жүгінді", [("әкімдікке", "akimat")]),
        ("мәслихаттың сессиясы", [("мәслихаттың", "maslikhat")]),
        ("ауылдық округтің бюджетіне түсім", [("ауылдық округтің бюджетіне", "rural-district-budget")]),
        ("әкімшілік рәсім басталды", [("әкімшілік рәсім", "administrative-procedure")]),
        ("Әкімнің есебі", [("Әкімнің", "akim")]),
        ("әкімдігінің жұмысы", [("әкімдігінің", "akimat")]),  # к voiced to г before the possessive
        ("коммуналдық мүлкін басқару", [("коммуналдық мүлкін", "communal-property")]),  # elision: мүлік → мүлкі
    ],
    "en": [
        ("the akims of rural districts", [("akims", "akim"), ("rural districts", "rural-district")]),
        ("two maslikhats", [("maslikhats", "maslikhat")]),
        ("the akim's office", [("akim's office", "akims-office")]),
        ("participatory budgeting in Almaty", [("participatory budgeting", "participatory-budgeting")]),
    ],
}

# Words that contain a term's letters but are other words: a short term must not match inside them.
NOT_LINKED = {
    "kk": ["әкімшілігі", "мәслихатшыл", "әкімқара"],
    "ru": ["акиматский", "маслихатовец"],
    "en": ["akimbo", "maslikhatly"],
}


@pytest.mark.parametrize("lang, text, expected", [(lang, t, e) for lang, cases in LINKING_CASES.items() for t, e in cases])
def test_inflected_forms_find_their_concept(glossary, lang, text, expected):
    index = TermIndex(glossary, lang)
    assert [(text[m.start:m.end], m.concept) for m in index.find(text)] == expected


@pytest.mark.parametrize("lang, word", [(lang, w) for lang, words in NOT_LINKED.items() for w in words])
def test_a_term_does_not_match_inside_another_word(glossary, lang, word):
    assert [m.concept for m in TermIndex(glossary, lang).find(f"Бұл {word} сөз.")] == []


def test_a_term_that_is_also_an_everyday_word_is_never_linked(tmp_path):
    text = (CONCEPT.format(id="proposal", kk="ұсыныс", ru="предложение", en="proposal") + "  link_in_text: false\n"
            + CONCEPT.format(id="akim", kk="әкім", ru="аким", en="akim"))
    glossary, problems = write_glossary(tmp_path, text)
    assert problems == []
    found = TermIndex(glossary, "en").find("The akim's proposal of a programme, and a proposal to the akim.")
    assert [m.concept for m in found] == ["akim", "akim"]
    assert "proposal" in glossary.concepts  # the glossary still has its entry


def test_the_everyday_words_of_the_real_termbase_are_not_linked(glossary):
    index = TermIndex(glossary, "en")
    assert [m.concept for m in index.find("A proposal of this programme; the application of the law; a problem "
                                          "statement; a request for data; the emergency response.")] == []
    assert [m.concept for m in TermIndex(glossary, "ru").find("Предложение программы и запрос данных.")] == []


def test_a_phrase_in_which_the_term_means_something_else_is_passed_over_in_every_form(glossary):
    """«concessional credit» is a loan, «social capital» not the city: the term is linked elsewhere on the page."""
    cases = {
        "en": ("Concessional credits and social capital; 240 credits in the capital.", ["credit", "capital"]),
        "ru": ("Льготного кредита нет, бюджетные кредиты тоже; один кредит равен 30 часам.", ["credit"]),
        "kk": ("Жеңілдікті кредиттің тәуекелі; бір кредит 30 сағат.", ["credit"]),
    }
    for lang, (text, linked) in cases.items():
        assert [m.concept for m in TermIndex(glossary, lang).find(text)] == linked, lang


def test_a_phrase_without_its_term_is_reported_at_its_line(tmp_path):
    _, problems = write_glossary(tmp_path, "- id: credit\n"
                                           "  kk: {term: кредит, definition: Анықтама.}\n"
                                           "  ru: {term: кредит, definition: Определение.}\n"
                                           "  en:\n"
                                           "    term: credit\n"
                                           "    not_linked_in: [concessional credit, soft loan]\n"
                                           "    definition: A unit of workload.\n")
    assert [str(p) for p in problems] == [
        "data/glossary/test.yml:6: 'soft loan' in en.not_linked_in does not contain the term «credit» — a phrase that "
        "contains the term, in which it means something else"]


def test_link_in_text_takes_true_or_false_only(tmp_path):
    _, problems = write_glossary(tmp_path, CONCEPT.format(id="proposal", kk="ұсыныс", ru="предложение", en="proposal")
                                 + "  link_in_text: no link\n")
    assert [str(p) for p in problems] == [
        "data/glossary/test.yml:5: 'link_in_text' is 'no link' — true or false"]


def test_kazakh_possessive_voices_the_final_consonant_of_a_polysyllabic_stem():
    from curriculum.language.morphology import kazakh_forms
    akimat = kazakh_forms("әкімдік")
    assert {"әкімдігі", "әкімдігінің", "әкімдігіне", "әкімдігін", "әкімдігінде"} <= set(akimat)
    assert not any(form.startswith("әкімдікі") for form in akimat)
    assert {"әкімдікке", "әкімдіктің", "әкімдіктері"} <= set(akimat)  # consonant-initial endings: no voicing
    assert {"ауылдығы", "ауылдығының"} <= set(kazakh_forms("ауылдық"))
    assert "кітабы" in kazakh_forms("кітап")
    # A one-syllable stem keeps its consonant, as before.
    assert {"тікі", "тікінің"} <= set(kazakh_forms("тік")) and "тігі" not in kazakh_forms("тік")
    # A term already in the possessive: its plural is built on the voiceless stem.
    deficit = kazakh_forms("бюджет тапшылығы")
    assert "бюджет тапшылықтары" in deficit and "бюджет тапшылығының" in deficit
    assert "бюджет тапшылығтары" not in deficit


def test_kazakh_nouns_with_elision_drop_their_last_vowel_before_the_possessive_only():
    from curriculum.language.morphology import kazakh_forms
    property_ = set(kazakh_forms("коммуналдық мүлік"))
    assert {"коммуналдық мүлкі", "коммуналдық мүлкінің", "коммуналдық мүлкін"} <= property_
    assert {"коммуналдық мүліктің", "коммуналдық мүлікке", "коммуналдық мүліктері"} <= property_
    assert not {"коммуналдық мүлігі", "коммуналдық мүлікі"} & property_
    assert {"Орны", "Орнының"} <= set(kazakh_forms("Орын"))
    # A term already in the possessive: its plural is built on the full stem.
    assert "ел халықтары" in kazakh_forms("ел халқы")


def render_with_terms(glossary, lang, text):
    context = TermLinkContext()
    context.current = PageTerms(TermIndex(glossary, lang), glossary, lang, "../../glossary/")
    return markdown.markdown(text, extensions=[TermLinkExtension(context), "attr_list"])


def test_linking_skips_headings_code_links_and_raw_html_and_links_once(glossary):
    source = ("## Маслихат и аким\n\nАким и маслихат. Потом снова аким.\n\n`аким в коде`\n\n"
              "[аким по ссылке](x.md)\n\n<div>аким в сыром HTML</div>\n")
    html = render_with_terms(glossary, "ru", source)
    assert html.count('class="glossary-term"') == 2
    assert '<h2>Маслихат и аким</h2>' in html
    assert '<a class="glossary-term" href="../../glossary/#akim"' in html
    assert "<code>аким в коде</code>" in html
    assert "<div>аким в сыром HTML</div>" in html
    assert "Потом снова аким." in html


def test_definition_in_the_tooltip_is_escaped(glossary):
    html = render_with_terms(glossary, "en", "A maslikhat meets.")
    assert 'title="' in html and "<a" in html
    definition = glossary.concepts["maslikhat"].terms["en"].definition
    assert definition.replace("&", "&amp;").replace('"', "&quot;")[:40] in html


def test_usage_collects_the_concepts_each_course_page_links_per_language():
    from curriculum.glossary.termlinks import TermUsage
    usage = TermUsage()
    record = usage.start_page("ru", "ABC1101")
    record("akim")
    record("maslikhat")
    usage.start_page("ru", "XYZ2101")("akim")
    usage.start_page("kk", "ABC1101")("akim")
    assert usage.courses_using("ru") == {"akim": ["ABC1101", "XYZ2101"], "maslikhat": ["ABC1101"]}
    usage.start_page("ru", "ABC1101")("akimat")  # the page rendered again: its old record is replaced
    assert usage.courses_using("ru") == {"akim": ["XYZ2101"], "akimat": ["ABC1101"]}


def test_mixed_script_words_are_found_with_a_suggestion():
    text = "Дұрыс сөз.\nәкiм мен мәслихат, мaслихат және eGov, e-Otinish.\n"
    assert mixed_words(text) == [(2, "әкiм", "әкім"), (2, "мaслихат", "маслихат")]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_fast_matching_agrees_with_plain_word_by_word_matching(glossary, lang):
    """find() splits on whitespace and looks up character positions only for matches; on texts of terms,
    their forms, repeated words and punctuation it must find exactly what a plain word-by-word scan finds."""
    import random

    from curriculum.language.morphology import forms
    index = TermIndex(glossary, lang)
    names = [name for concept in glossary.concepts.values() for name in concept.terms[lang].names()]
    rng = random.Random(7)
    # Forms of letters, spaces and hyphens: a quote inside a term («…» мемлекет»терде) is split differently
    # by the two on purpose (whitespace tokens versus letter runs).
    vocabulary = [form for name in rng.sample(names, 40) for form in forms(name, lang)
                  if all(c.isalpha() or c in " -" for c in form)]
    fillers = {"kk": ["және", "бюджет", "ауыл", "жергілікті"], "ru": ["и", "бюджет", "местного", "сельского"],
               "en": ["and", "budget", "local", "rural"]}[lang]
    checked = 0
    for _ in range(300):
        words = [rng.choice(vocabulary if rng.random() < 0.5 else fillers) for _ in range(rng.randint(3, 25))]
        text = " ".join(rng.choice(["", "«", "("]) + w + rng.choice(["", "", ",", ".", "»", ")"]) for w in words)
        expected = index._find_word_by_word(text)
        assert index.find(text) == expected, text
        checked += len(expected)
    assert checked > 300  # the texts did contain terms
