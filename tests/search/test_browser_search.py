"""The site search in a real Chromium over the built site: answers per language, inflected forms, the
glossary, nonsense, Material's search box conventions, and nothing requested from another host."""

from __future__ import annotations

import functools
import html as html_lib
import json
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import ROOT
from curriculum.glossary.termbase import load_glossary
from curriculum.languages import LANGUAGES, home_url
from curriculum.language.morphology import forms
from curriculum.search.query import (browser_tables, is_genuine, key_stem, light_stem, matches_word, normalise_word,
                               search_query, term_key)
from search_queries import CASES, judge, other_languages

pytestmark = pytest.mark.browser

# The answer as the results panel gets it (docs/assets/search.js), as site-relative URLs.
ANSWER = """async ([query, all]) => {
  const answer = await CurriculumSearch.answer(query);
  const root = new URL(document.querySelector("[data-search-root]").dataset.searchRoot, location.href).pathname;
  const pages = await Promise.all((all ? answer.pages : answer.pages.slice(0, 10)).map((r) => r.data()));
  const entries = await Promise.all(answer.entries.slice(0, 3).map((r) => r.data()));
  return { pages: pages.map((d) => d.url.slice(root.length)), entries: entries.map((d) => d.meta.url) };
}"""


def open_home(page, site_url, lang):
    page.goto(site_url + home_url(lang))
    page.wait_for_function("() => window.CurriculumSearch && CurriculumSearch.answer")


def ask(page, query, all_pages=False):
    return page.evaluate(ANSWER, [query, all_pages])


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.label)
def test_query_table(page, site_url, case):
    open_home(page, site_url, case.lang)
    answer = ask(page, case.query)
    assert judge(case, answer["pages"], answer["entries"]) == [], case.why
    assert page.foreign_requests == []


# --- Inflection, found both ways on whatever pages the site has now ------------------------------------------

def _page_words(built_site: Path, lang: str) -> dict[str, set[str]]:
    """Site-relative URL → the words of the page's indexed content (without glossary entries and tooltips)."""
    words = {}
    for path in sorted(built_site.rglob("index.html")):
        url = path.parent.relative_to(built_site).as_posix() + "/"
        url = "" if url == "./" else url
        if other_languages(lang, url):
            continue
        text = path.read_text(encoding="utf-8")
        body = re.search(r"<div data-pagefind-body>(.*)</article>", text, re.DOTALL)
        if not body:
            continue
        content = re.sub(r'<div class="concept">.*?</dl>\s*</div>', " ", body.group(1), flags=re.DOTALL)
        content = html_lib.unescape(re.sub(r"<[^>]+>", " ", content))
        words[url] = {normalise_word(w) for w in re.findall(r"[^\W\d_]+", content)}
    return words


def _pages_with(words, has, lacks=lambda w: False):
    return [url for url, found in words.items() if any(has(w) for w in found) and not any(lacks(w) for w in found)]


@pytest.mark.parametrize("lang, query, has, lacks", [
    # «әкімдердің» finds a page that has «әкім» but no word starting with «әкімдер».
    ("kk", "әкімдердің", lambda w: w == "әкім", lambda w: w.startswith("әкімдер")),
    # «әкім» finds a page with «әкімдікке», the dative of a word derived from it.
    ("kk", "әкім", lambda w: w == "әкімдікке", lambda w: False),
    ("kk", "бюджетіне", lambda w: w == "бюджет", lambda w: w.startswith("бюджеті")),
    ("ru", "бюджетом", lambda w: w == "бюджет", lambda w: w == "бюджетом"),
    ("ru", "бюджет", lambda w: w in ("бюджета", "бюджету", "бюджетом", "бюджете", "бюджеты", "бюджетов"),
     lambda w: w == "бюджет"),
    ("en", "budgets", lambda w: w == "budget", lambda w: w == "budgets"),
    ("en", "budget", lambda w: w == "budgets", lambda w: w == "budget"),
])
def test_an_inflected_query_finds_pages_with_other_forms_only(page, site_url, built_site, lang, query, has, lacks):
    candidates = _pages_with(_page_words(built_site, lang), has, lacks)
    assert candidates, "the site has no such page any more: choose another word"
    open_home(page, site_url, lang)
    found = ask(page, query, all_pages=True)["pages"]
    assert [url for url in candidates if url not in found] == []


@pytest.mark.parametrize("lang, short, longer", [("kk", "әкім", "әкімдер"), ("kk", "бюджет", "бюджетт"),
                                                 ("ru", "бюджет", "бюджетн"), ("en", "budget", "budgeta")])
def test_a_word_finds_every_page_its_extensions_find(page, site_url, lang, short, longer):
    """Pagefind 1.5.2 reads only the index chunk a word falls in; extensions past its end must not be lost."""
    open_home(page, site_url, lang)
    found = set(ask(page, short, all_pages=True)["pages"])
    assert set(ask(page, longer, all_pages=True)["pages"]) <= found


def test_tooltips_do_not_make_pages_match(page, site_url, built_site):
    """A linked term's definition is the link's title (a tooltip): its words must not be indexed."""
    words = _page_words(built_site, "ru")
    definitions: dict[str, set[str]] = {}
    for path in built_site.joinpath("ru", "courses").rglob("index.html"):
        url = path.parent.relative_to(built_site).as_posix() + "/"
        for title in re.findall(r'class="glossary-term"[^>]*title="([^"]*)"', path.read_text(encoding="utf-8")):
            for word in re.findall(r"[^\W\d_]{6,}", html_lib.unescape(title)):
                definitions.setdefault(normalise_word(word), set()).add(url)
    # A word of some tooltip that no page has in its text in any form.
    everywhere = {w for found in words.values() for w in found}
    only_in_tooltips = sorted(w for w in definitions
                              if not any(matches_word(w, light_stem(w, "ru"), other) for other in everywhere))
    assert only_in_tooltips, "no word is found only in tooltips"
    open_home(page, site_url, "ru")
    for word in only_in_tooltips[:5]:
        pages = ask(page, word, all_pages=True)["pages"]
        assert not set(pages) & definitions[word], word


@pytest.mark.parametrize("lang, chrome", [("kk", "Мазмұнға өту"), ("ru", "Перейти к содержанию"),
                                          ("en", "Skip to content"), ("en", "404 Not found")])
def test_theme_chrome_and_the_404_page_are_not_indexed(page, site_url, lang, chrome):
    open_home(page, site_url, lang)
    answer = ask(page, chrome, all_pages=True)
    assert not any(url.startswith("404") for url in answer["pages"])
    # Indexed, the words on every page would bring every page; the few found use them in their own text.
    assert len(answer["pages"]) < 10, answer["pages"]


def test_the_index_holds_every_page_in_its_own_language(built_site):
    entry = json.loads((built_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    glossary, _ = load_glossary(ROOT / "data")
    for lang in LANGUAGES:
        pages = [p for p in (built_site / home_url(lang)).rglob("index.html")
                 if lang != "kk" or p.relative_to(built_site).parts[0] not in ("ru", "en")]
        indexed = [p for p in pages if "data-pagefind-body" in p.read_text(encoding="utf-8")]
        assert len(indexed) == len(pages)
        assert entry["languages"][lang]["page_count"] == len(pages) + len(glossary)
    assert not (built_site / "search").exists(), "Material's lunr index is not built any more"
    assert not (built_site / "search-records").exists()


def test_every_glossary_term_finds_its_own_entry_first_in_every_form(page, site_url):
    glossary, _ = load_glossary(ROOT / "data")
    for lang in LANGUAGES:
        queries = []
        for concept in glossary.concepts.values():
            term = concept.terms[lang].term
            # (Not the forms term linking tries after a closing quote: «Ауыл – Ел бесігі»тері is not a word.)
            inflected = [f for f in forms(term, lang) if f != term and not re.search(r"»\w", f)]
            queries.append([term, concept.id])
            if inflected:
                queries.append([inflected[len(inflected) // 2], concept.id])
        open_home(page, site_url, lang)
        wrong = page.evaluate("""async (queries) => {
          const wrong = [];
          for (const [query, id] of queries) {
            const answer = await CurriculumSearch.answer(query);
            const first = answer.entries.length ? (await answer.entries[0].data()).meta.url : null;
            if (!first || !first.endsWith("glossary/#" + id)) wrong.push([query, id, first]);
          }
          return wrong;
        }""", queries)
        assert wrong == [], f"{lang}: {len(wrong)} of {len(queries)}: {wrong[:10]}"


# --- The same logic in Python and in the browser ---------------------------------------------------------------

def _parity_words() -> dict[str, list[str]]:
    glossary, _ = load_glossary(ROOT / "data")
    words: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        names = [n for c in glossary.concepts.values() for n in c.terms[lang].names()]
        text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / lang / "courses").glob("*.md"))[:8])
        found = {w for n in names for f in (n, *forms(n, lang)) for w in re.findall(r"[^\W\d_]+", f)}
        found |= set(re.findall(r"[^\W\d_]+", text))
        words[lang] = sorted(found) + ["әкiм", "ӘКIМДЕРДІҢ", "Hаселение", "маслиxат", "akim's", "бюджетх", "LSG2105"]
    return words


def test_the_browser_runs_the_same_search_logic_as_python(page, site_url):
    open_home(page, site_url, "kk")
    page.evaluate("(tables) => CurriculumSearch.setTables(tables)", browser_tables())
    for lang, words in _parity_words().items():
        expected = [[normalise_word(w), light_stem(w, lang), key_stem(w, lang)] for w in words]
        got = page.evaluate("""([words, lang]) => words.map((w) => [CurriculumSearch.normaliseWord(w),
            CurriculumSearch.lightStem(w, lang), CurriculumSearch.keyStem(w, lang)])""", [words, lang])
        different = [(w, e, g) for w, e, g in zip(words, expected, got) if e != g]
        assert different == [], f"{lang}: {len(different)} of {len(words)} differ: {different[:10]}"
    phrases = [("kk", "жергілікті өзін-өзі басқарудың"), ("ru", "Местного  самоуправления!"), ("en", "Akim’s offices")]
    for lang, phrase in phrases:
        query = search_query(phrase, lang)
        got = page.evaluate("([p, l]) => [CurriculumSearch.searchQuery(p, l), CurriculumSearch.termKey(p, l)]",
                            [phrase, lang])
        assert got == [{"words": list(query.words), "stems": list(query.stems), "pagefind": query.pagefind},
                       term_key(phrase, lang)]
    genuine_cases = [("kk", "әкімдердің", ["Әкім,"]), ("kk", "әкiмхв", ["әкім"]), ("ru", "бюджетх", ["бюджета"]),
                     ("ru", "бюджет zzqx", ["бюджет"]), ("en", "akims", ["Akim's"]), ("kk", "аумақтық", ["әкімшілік-аумақтық"])]
    for lang, text, matched in genuine_cases:
        got = page.evaluate("([t, l, m]) => CurriculumSearch.isGenuine(CurriculumSearch.searchQuery(t, l), m)",
                            [text, lang, matched])
        assert got == is_genuine(search_query(text, lang), matched), text


# --- Material's search box: shortcut, results, keyboard, highlighting on the page ---------------------------------

def _type_query(page, query):
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item")


@pytest.mark.parametrize("lang, query, meta, glossary", [
    ("kk", "әкімдердің", r"^\d+ сәйкес құжат$", "Глоссарий"),
    ("ru", "местного самоуправления", r"^Найдено совпадений: \d+$", "Глоссарий"),
    ("en", "akims", r"^\d+ matching documents$", "Glossary"),
])
def test_header_search_box_answers_in_the_page_language(page, site_url, lang, query, meta, glossary):
    page.goto(site_url + home_url(lang) + "programme/structure/")
    assert page.locator(".md-search__input").get_attribute("placeholder") == {"kk": "Іздеу", "ru": "Поиск",
                                                                              "en": "Search"}[lang]
    assert not any("/pagefind/" in url for url in page.evaluate("performance.getEntries().map((e) => e.name)")), \
        "the index is loaded only when the search is used"
    _type_query(page, query)
    assert re.match(meta, page.locator(".md-search-result__meta").inner_text().strip())
    first = page.locator(".md-search-result__item").first
    assert first.locator("h1").inner_text() == glossary
    links = [a.get_attribute("href") for a in page.locator(".md-search-result__link").all()]
    prefix = "/curriculum/" + home_url(lang)
    assert all(link.startswith(prefix) for link in links)
    if lang == "kk":
        assert not any(link.startswith(("/curriculum/ru/", "/curriculum/en/")) for link in links)
    assert page.foreign_requests == []


def test_keyboard_opens_moves_through_and_follows_results_then_marks_the_words(page, site_url):
    page.goto(site_url)
    _type_query(page, "бюджетке")
    assert page.locator("#__search").is_checked()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and "?h=" in focused
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
    page.keyboard.press("s")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.locator(".md-search__input").press("Enter")  # follows the first result
    page.wait_for_load_state()
    page.wait_for_selector("mark.search-highlight")
    # textContent: a mark in a glossary entry far down the page is not rendered yet (content-visibility).
    marked = {m.lower() for m in page.locator("mark.search-highlight").all_text_contents()}
    assert marked and all(m.startswith("бюджет") for m in marked), marked
    assert page.foreign_requests == []


def test_results_stay_within_a_version_published_under_its_own_path(browser, built_site, tmp_path):
    """mike publishes each version under /<version>/: the search must load and link within it."""
    (tmp_path / "2026").symlink_to(built_site, target_is_directory=True)
    shutil.copytree(built_site / "pagefind", tmp_path / "pagefind-of-another-version")  # must not be used
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        context = browser.new_context()
        page = context.new_page()
        requested = []
        page.on("request", lambda request: requested.append(request.url))
        base = f"http://127.0.0.1:{server.server_address[1]}/2026/"
        page.goto(base + "ru/")
        page.wait_for_function("() => window.CurriculumSearch && CurriculumSearch.answer")
        answer = ask(page, "акимы")
        assert answer["pages"] and answer["entries"][0] == "ru/glossary/#akim"
        assert all(url.startswith(base) for url in requested if "/pagefind/" in url)
        assert any("/pagefind/" in url for url in requested)
        context.close()
    finally:
        server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_a_loaded_search_keeps_answering_offline(page, site_url):
    """Once the engine and a word's index chunks are loaded, other forms of the word need no network."""
    open_home(page, site_url, "ru")
    ids = "async (q) => (await CurriculumSearch.answer(q)).pages.map((r) => r.id)"
    online = page.evaluate(ids, "бюджет")
    page.context.set_offline(True)
    try:
        assert sorted(page.evaluate(ids, "бюджетов")) == sorted(online) and online
    finally:
        page.context.set_offline(False)
