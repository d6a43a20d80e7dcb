"""Nothing written in the data runs as script: a small site whose every rendered data field holds hostile text —
course titles, outcome texts, module and track names, the programme's passport and codes, glossary terms, synonyms and
definitions, legal act titles, numbers and notes, every interface label, a page's description — is built, and
every page is read back: the text is shown as text, and no element, attribute or link came out of it."""

from __future__ import annotations

import functools
import threading
from html.parser import HTMLParser
from http.server import ThreadingHTTPServer

import pytest
import yaml

from conftest import SUB_PATH, _SubPathHandler, build_site, record_policy_violations
from curriculum.languages import LANGUAGES
from curriculum.checks.markup import is_script_url
from fixture_project import make_site

pytestmark = pytest.mark.build

# Raw HTML, a handler that closes a quoted attribute, a citation marker, Markdown emphasis, an attribute list and a
# script link: every way a value could become markup in HTML, in Markdown or in an attribute.
HOSTILE = ('</title><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> " \' & '
           '[[act:budget-code-2025]] *em* {: onclick="window.__pwned=3" } [x](javascript:window.__pwned=4)')
# Labels are format strings for some messages ({acts}, {date}): no braces in theirs.
HOSTILE_LABEL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> " \' &'
DESCRIPTION = '" autofocus onfocus="window.__pwned=5'
GLOSSARY = [
    {"id": "maslikhat",  # its terms occur in the course page's prose: the definition lands in a link's title
     **{lang: {"term": term, "definition": f"Definition {HOSTILE}", "synonyms": [f"Synonym {HOSTILE}"],
               "abbr": f"Abbreviation {HOSTILE_LABEL}"} for lang, term in (("kk", "мәслихат"), ("ru", "маслихат"),
                                                                         ("en", "maslikhat"))},
     "source": {"act": "budget-code-2025", "article": f"1 {HOSTILE_LABEL}"}},
    {"id": "hostile-term", **{lang: {"term": f"Term {HOSTILE}", "definition": "Definition."} for lang in ("kk", "ru", "en")}},
]
PROSE = {"kk": "Пән мәслихаттың жұмысын қарайды: [[act:budget-code-2025]].",
         "ru": "Дисциплина о маслихатах: [[act:budget-code-2025]].",
         "en": "The course studies maslikhats: [[act:budget-code-2025]]."}

# The sections a short description must have (the check refuses a page without them).
SECTIONS = "".join(f"## {name.title()} {{ #{name} }}\n\nText.\n\n" for name in ("aims", "topics", "outcomes"))


def _hostile(field: str, texts: dict, payload: str = HOSTILE) -> dict:
    """Each field's own word first, so that a test can tell which field it sees."""
    return {lang: f"{field} {payload}" for lang in texts}


def _rewrite(path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _university(data: dict) -> None:
    data["name"] = _hostile("University", LANGUAGES)
    data["programme_code"] = "6B04199"  # the code is checked against the Register's form, so it cannot carry markup


def _programme(data: dict) -> None:
    data["name"], data["degree"] = _hostile("Programme", data["name"]), _hostile("Degree", data["degree"])
    data["field"]["code"], data["direction"]["code"] = f"FieldCode {HOSTILE}", f"DirectionCode {HOSTILE}"
    data["field"].update(_hostile("Field", LANGUAGES))
    data["direction"].update(_hostile("Direction", LANGUAGES))
    for item in data["outcomes"]:
        item["text"] = _hostile("Outcome", item["text"])
    for key, word in (("modules", "Module"), ("tracks", "Track")):
        for item in data[key]:
            item["name"] = _hostile(word, item["name"])
    data["assessment"]["grading_scale"][0]["letter"] = f"Letter {HOSTILE_LABEL}"


def _register(acts: list) -> None:
    for act in acts:
        act["title"], act["note"] = _hostile("Act", act["title"]), _hostile("Note", act["title"])
        if act.get("number"):
            act["number"] = f"{act['number']} {HOSTILE}"


def _labels(data: dict) -> None:
    for group in data.values():
        for texts in group.values():
            for lang in texts:
                texts[lang] = f"{texts[lang]} {HOSTILE_LABEL}"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = make_site(tmp_path_factory.mktemp("hostile-site"))
    data = root / "data"
    _rewrite(data / "programme.yml", _programme)
    _rewrite(data / "university.yml", _university)
    _rewrite(data / "labels.yml", _labels)
    for record in sorted((data / "courses").glob("*.yml")):
        _rewrite(record, lambda course: course.update(title=_hostile("Course", course["title"])))
    for old in (data / "glossary").glob("*.yml"):
        old.unlink()
    (data / "glossary" / "terms.yml").write_text(yaml.safe_dump(GLOSSARY, allow_unicode=True), encoding="utf-8")
    _rewrite(data / "legal-acts.yml", _register)
    for lang, prose in PROSE.items():
        (root / "docs" / lang / "courses" / "pro1201.md").write_text(
            f"---\ncourse: PRO1201\ndescription: '{DESCRIPTION}'\n---\n\n{prose}\n\n{SECTIONS}", encoding="utf-8")
    result = build_site(root / "mkdocs.yml", root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


class _Page(HTMLParser):
    """Every element with its attributes, the text of each script, and the text of each heading."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def _read(path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_no_hostile_value_became_markup_on_any_page(hostile_site):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        page = _read(path)
        where = path.relative_to(hostile_site).as_posix()
        for tag, attributes in page.elements:
            assert not any(name.startswith("on") for name in attributes), (where, tag, attributes)
            assert "autofocus" not in attributes, (where, tag, attributes)
            assert not (tag == "img" and attributes.get("src") == "x"), where
            for name in ("href", "src", "action", "formaction"):
                assert not is_script_url(attributes.get(name) or ""), (where, tag, attributes)
        assert not any("__pwned" in script for script in page.scripts), where


def _text(page: _Page) -> str:
    return " ".join(" ".join(page.text).split())


SHOWN = " ".join(HOSTILE.split())
SHOWN_LABEL = " ".join(HOSTILE_LABEL.split())
# Page → the fields it shows, each as its own text.
SHOWS = {
    "courses/pro1201": ["Course", "Module", "Act"],
    "courses": ["Course", "Module"],
    "programme/structure": ["Course", "Track"],
    "programme/outcomes": ["Outcome", "Course"],
    "programme/prerequisites": ["Course"],
    "programme": ["Programme", "Degree", "Field", "Direction", "University", "FieldCode", "DirectionCode"],
    "programme/legal-framework": ["Act", "Note"],
    "glossary": ["Term", "Definition", "Synonym"],
}


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
@pytest.mark.parametrize("address", sorted(SHOWS))
def test_each_field_is_shown_as_the_text_it_is(hostile_site, prefix, address):
    page = _read(hostile_site / prefix / address / "index.html")
    text = _text(page)
    for field in SHOWS[address]:
        assert f"{field} {SHOWN}" in text, field
    assert SHOWN_LABEL in text  # the interface words around them


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_attributes_hold_the_values_whole(hostile_site, prefix):
    page = _read(hostile_site / prefix / "courses/pro1201/index.html")
    attributes = {tag: dict(found) for tag, found in page.elements if tag == "meta" and found.get("name") == "description"}
    assert attributes["meta"]["content"] == DESCRIPTION
    terms = [found for tag, found in page.elements if tag == "a" and found.get("class") == "glossary-term"]
    assert terms and terms[0]["title"] == f"Definition {SHOWN}"
    summary = next(found for tag, found in page.elements if found.get("class") == "course-summary")
    assert summary["aria-label"] == f"Course {SHOWN}"
    title = _text(_read_title(hostile_site / prefix / "courses/pro1201/index.html"))
    assert title.startswith(f"Course {SHOWN} - ")


def _read_title(path) -> _Page:
    html = path.read_text(encoding="utf-8")
    page = _Page()
    page.feed(html[html.index("<title>"):html.index("</title>", html.index("<title>")) + len("</title>")])
    return page


@pytest.mark.browser
def test_in_chromium_nothing_runs_and_the_search_shows_the_values_as_text(hostile_site, browser):
    """The pages and the search results of the hostile site, in a browser: no value ran (the page's policy would
    also have refused it, and said so), and the search shows the hostile term as the text it is."""
    handler = functools.partial(_SubPathHandler, directory=str(hostile_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    tab = context.new_page()
    refused = record_policy_violations(tab)
    dialogs = []
    tab.on("dialog", lambda dialog: dialogs.append(dialog.message) or dialog.dismiss())
    base = f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    try:
        for address in ("en/courses/pro1201/", "ru/programme/", "programme/legal-framework/", "en/glossary/"):
            tab.goto(base + address)
            tab.wait_for_load_state("networkidle")
            assert tab.evaluate("() => window.__pwned") is None, address
        tab.locator(".md-search__input").click()
        tab.keyboard.type("Term")
        result = tab.locator(".md-search-result__item").first
        result.wait_for()
        assert f"Term {SHOWN}" in " ".join(tab.locator(".md-search-result__list").inner_text().split())
        assert tab.evaluate("() => window.__pwned") is None
        assert refused == [] and dialogs == []
    finally:
        context.close()
        server.shutdown()
