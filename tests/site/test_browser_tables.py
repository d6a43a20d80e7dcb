"""Tables and generated pages that can be read, in a real Chromium at a desktop's 1280×800 and a phone's
412×915, in the three languages: the outcomes × courses matrix, the catalogue and its filter, the
prerequisite graph."""

from __future__ import annotations

import io

import pytest

from curriculum.model.load import load_curriculum
from conftest import ROOT

pytestmark = pytest.mark.browser

PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 412, "height": 915}


@pytest.fixture(scope="module")
def curriculum():
    loaded, problems = load_curriculum(ROOT / "data")
    assert problems == []
    return loaded


# --- the outcomes × courses matrix -----------------------------------------------------------------------------

MATRIX_BOXES = """() => {
  const table = document.querySelector('table.outcome-matrix');
  const box = (e) => { const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  return {viewport: innerWidth, page: document.documentElement.scrollWidth, table: box(table),
          heads: [...table.querySelectorAll('thead th')].map(th => ({text: th.innerText.trim(), ...box(th)})),
          rows: [...table.tBodies[0].rows].map(row => ({code: row.querySelector('th a').innerText,
             outcomes: [...row.querySelectorAll('td.serves')].filter(td => td.getBoundingClientRect().width > 0)
                                                                .map(td => td.innerText.trim()), ...box(row)}))};
}"""


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_matrix_reads_at_a_glance_on_a_desktop(page, site_url, curriculum, lang):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + PREFIXES[lang] + "programme/outcomes/")
    found = page.evaluate(MATRIX_BOXES)
    ids = curriculum.programme.outcome_ids()
    assert [h["text"] for h in found["heads"][1:]] == ids
    # Every outcome column is on the screen, nothing scrolls sideways, and the page's width is used.
    assert all(0 <= h["left"] and h["right"] <= found["viewport"] for h in found["heads"])
    assert found["page"] <= found["viewport"]
    assert found["table"]["right"] - found["table"]["left"] > 900
    assert [r["code"] for r in found["rows"]] == [c.code for c in curriculum.ordered()]
    # The header stays in view below Material's header while the rows scroll by.
    page.evaluate("document.querySelector('table.outcome-matrix tbody tr:nth-child(40)').scrollIntoView()")
    header = page.evaluate("""() => { const th = document.querySelector('table.outcome-matrix thead th.outcome');
        const bar = document.querySelector('.md-header').getBoundingClientRect();
        return {top: th.getBoundingClientRect().top, bar: bar.bottom}; }""")
    assert abs(header["top"] - header["bar"]) <= 2, header
    # An outcome's text is its column's tooltip.
    head = page.locator("table.outcome-matrix thead th.outcome a").nth(4)
    text = head.get_attribute("title")
    head.hover()
    page.locator(".md-tooltip2--active").wait_for()
    assert page.locator(".md-tooltip2--active").inner_text() == text == curriculum.programme.outcomes[4].text[lang]


@pytest.mark.parametrize("lang", PREFIXES)
def test_on_a_phone_each_course_lists_the_outcomes_it_serves_within_the_screen(page, site_url, curriculum, lang):
    page.set_viewport_size(PHONE)
    page.goto(site_url + PREFIXES[lang] + "programme/outcomes/")
    found = page.evaluate(MATRIX_BOXES)
    assert found["page"] <= found["viewport"]
    assert all(0 <= r["left"] and r["right"] <= found["viewport"] for r in found["rows"])
    expected = {c.code: [o for o in curriculum.programme.outcome_ids() if o in c.outcomes] for c in curriculum.ordered()}
    assert {r["code"]: r["outcomes"] for r in found["rows"]} == expected


def test_the_matrix_prints_whole(page, site_url, curriculum):
    from pypdf import PdfReader

    page.goto(site_url + "ru/programme/outcomes/")
    page.emulate_media(media="print")
    fits = page.evaluate("""() => { const t = document.querySelector('table.outcome-matrix');
        return t.getBoundingClientRect().right <= document.querySelector('.md-content').getBoundingClientRect().right + 1; }""")
    assert fits
    pdf = page.pdf(format="A4", print_background=False)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert all(o in text for o in curriculum.programme.outcome_ids())  # PO8–PO12 were cut
    assert all(c.code in text for c in curriculum.ordered())


# --- the catalogue ---------------------------------------------------------------------------------------------

def _shown(page):
    return page.evaluate("""() => ({
        count: document.querySelector('[data-catalogue-count]').textContent,
        rows: [...document.querySelectorAll('[data-catalogue] tbody tr')].filter(r => !r.hidden).map(r => r.cells[0].innerText),
        semester: document.querySelector('select[data-filter=semester]').value,
        syllabus: document.querySelector('select[data-filter=syllabus]').value})""")


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_catalogue_shows_every_column_at_a_desktop_width(page, site_url, curriculum, lang):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + PREFIXES[lang] + "courses/")
    found = page.evaluate("""() => { const wrap = document.querySelector('.catalogue .md-typeset__scrollwrap');
        const table = wrap.querySelector('table');
        return {overflow: wrap.scrollWidth - wrap.clientWidth, heads: table.tHead.rows[0].cells.length,
                title: table.tHead.rows[0].cells[1].getBoundingClientRect().width,
                syllabus: [...table.tBodies[0].rows].map(r => [r.cells[0].innerText, r.cells[7].innerText, r.dataset.syllabus])}; }""")
    assert found["overflow"] <= 1 and found["heads"] == 8
    assert found["title"] >= 200  # the title column is not squeezed
    full = curriculum.label("ui", "syllabus_full", lang)
    summary = curriculum.label("ui", "syllabus_summary", lang)
    assert {code: (shown, kind) for code, shown, kind in found["syllabus"]} == {
        c.code: (full if c.syllabus == "full" else summary, c.syllabus) for c in curriculum.ordered()}


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_catalogue_filter_survives_back_reload_and_a_shared_link(page, site_url, curriculum, lang):
    courses = curriculum.ordered()
    fifth = [c.code for c in courses if c.semester == 5]
    page.goto(site_url + PREFIXES[lang] + "courses/")
    page.select_option("select[data-filter=semester]", "5")
    assert page.url.endswith("courses/?semester=5")
    assert _shown(page) == {"count": str(len(fifth)), "rows": fifth, "semester": "5", "syllabus": ""}
    page.locator("[data-catalogue] tbody tr:not([hidden]) a").first.click()
    page.wait_for_load_state()
    assert "/courses/" in page.url and "?semester" not in page.url
    page.go_back()
    page.wait_for_function("() => document.querySelector('[data-catalogue-count]').textContent !== ''")
    assert _shown(page)["rows"] == fifth and _shown(page)["semester"] == "5"
    page.select_option("select[data-filter=syllabus]", "full")
    both = [c.code for c in courses if c.semester == 5 and c.syllabus == "full"]
    page.reload()
    assert _shown(page) == {"count": str(len(both)), "rows": both, "semester": "5", "syllabus": "full"}
    shared = page.url
    other = page.context.browser.new_page()
    try:
        other.goto(shared)
        assert _shown(other) == _shown(page)
    finally:
        other.close()
    page.click(".catalogue-filter button[type=reset]")
    page.wait_for_function("() => document.querySelector('[data-catalogue-count]').textContent === '%d'" % len(courses))
    assert "?" not in page.url


# --- the prerequisite graph ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", PREFIXES)
def test_the_graph_has_a_legend_a_hint_and_titles_on_hover_and_focus(page, site_url, curriculum, lang):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + PREFIXES[lang] + "programme/prerequisites/")
    legend = page.locator(".graph-legend li")
    assert legend.count() == 4
    assert page.locator(".graph-hint").is_visible()
    # The swatches have the colours of the boxes they stand for.
    colours = page.evaluate("""() => ['course', 'elective', 'internship'].map(kind => [
        getComputedStyle(document.querySelector('.graph-legend .swatch.' + kind)).backgroundColor,
        getComputedStyle(document.querySelector('.prerequisite-graph .node.' + kind + ' rect')).fill])""")
    assert all(swatch == box for swatch, box in colours), colours
    # At a desktop's width the eight semesters are all on the screen.
    fits = page.evaluate("() => { const g = document.querySelector('.graph-scroll'); return g.scrollWidth <= g.clientWidth + 1; }")
    assert fits
    course = curriculum.ordered()[10]
    node = page.locator(f".prerequisite-graph a.node[aria-label^='{course.code}']")
    node.hover()
    page.locator(".md-tooltip2--active").wait_for()
    assert page.locator(".md-tooltip2--active").inner_text() == f"{course.code} — {course.title[lang]}"
    page.mouse.move(0, 0)
    page.locator(".md-tooltip2").wait_for(state="detached")
    node.focus()
    page.locator(".md-tooltip2--active").wait_for()
    assert course.title[lang] in page.locator(".md-tooltip2--active").inner_text()


def test_on_a_phone_the_graph_scrolls_from_the_keyboard_and_says_so(page, site_url):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "programme/prerequisites/")
    assert page.locator(".graph-hint").is_visible()
    region = page.locator(".graph-scroll")
    region.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('.graph-scroll').scrollWidth > document.querySelector('.graph-scroll').clientWidth")
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("role") == "region"
    region.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.graph-scroll').scrollLeft > 0")
