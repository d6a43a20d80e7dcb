"""Pages that orient, in a real Chromium at a desktop's 1280×800 and a phone's 412×915, in the three
languages: the key-facts card, where a course page sits, the language switcher's section, the home page's
first screen, the glossary, the footer, tap targets and scroll regions."""

from __future__ import annotations

import re

import pytest

from curriculum.model.load import load_curriculum
from curriculum.site.glossary_page import first_letter
from conftest import ROOT

PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 412, "height": 915}
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture(scope="module")
def curriculum():
    loaded, problems = load_curriculum(ROOT / "data")
    assert problems == []
    return loaded


# --- course pages ----------------------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("lang", PREFIXES)
def test_every_key_facts_card_fits_a_phone_and_its_links_are_tap_targets(page, site_url, curriculum, lang):
    page.set_viewport_size(PHONE)
    wider, small = [], []
    for course in curriculum.ordered():
        page.goto(site_url + PREFIXES[lang] + f"courses/{course.slug}/", wait_until="domcontentloaded")
        found = page.evaluate("""() => { const card = document.querySelector('.course-summary');
            const box = card.getBoundingClientRect();
            return {right: box.right, scroll: card.scrollWidth - card.clientWidth, page: document.documentElement.scrollWidth,
                    cells: [...card.querySelectorAll('th, td')].map(c => c.scrollWidth - c.clientWidth),
                    links: [...card.querySelectorAll('td a')].map(a => a.getBoundingClientRect().height)}; }""")
        if found["right"] > PHONE["width"] or found["scroll"] > 1 or found["page"] > PHONE["width"] or max(found["cells"]) > 1:
            wider.append(course.code)
        small += [course.code for height in found["links"] if height < 24]
    assert wider == [] and small == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", PREFIXES)
def test_a_course_page_says_where_it_is_and_leads_on_in_plan_order(page, site_url, curriculum, lang):
    courses = curriculum.ordered()
    here = 20
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + PREFIXES[lang] + f"courses/{courses[here].slug}/")
    crumbs = page.locator("nav.md-path a.md-path__link")
    assert crumbs.count() == 2
    assert crumbs.nth(1).get_attribute("href") == "../"  # the catalogue
    assert page.locator(".md-nav__item--active").count() >= 1  # the navigation shows the catalogue's section
    previous = page.locator("a.md-footer__link--prev")
    following = page.locator("a.md-footer__link--next")
    assert previous.get_attribute("href") == f"../{courses[here - 1].slug}/"
    assert following.get_attribute("href") == f"../{courses[here + 1].slug}/"
    assert courses[here + 1].title[lang] in following.inner_text()
    crumbs.nth(1).click()
    page.wait_for_load_state()
    assert page.url == site_url + PREFIXES[lang] + "courses/"


@pytest.mark.browser
@pytest.mark.parametrize("start, switch_to, target", [
    ("courses/lsg2105/#weekly-plan", "English", "en/courses/lsg2105/#weekly-plan"),
    ("en/courses/lsg2105/#assessment", "Русский", "ru/courses/lsg2105/#assessment"),
    ("ru/glossary/#maslikhat", "Қазақша", "glossary/#maslikhat"),
])
def test_switching_language_keeps_the_section(page, site_url, start, switch_to, target):
    page.goto(site_url + start)
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(".md-select__link", has_text=switch_to).first.click()
    page.wait_for_load_state()
    assert page.url == site_url + target


@pytest.mark.browser
def test_switching_language_keeps_the_section_scrolled_to(page, site_url):
    page.goto(site_url + "ru/courses/lsg2105/")
    page.evaluate("document.getElementById('readings').scrollIntoView()")
    page.evaluate("window.scrollBy(0, -40)")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(".md-select__link", has_text="English").first.click()
    page.wait_for_load_state()
    assert page.url == site_url + "en/courses/lsg2105/#readings"


# --- the home page ---------------------------------------------------------------------------------------------

NOT_A_PLACE_TO_APPLY = {"kk": "оқуға қабылдамайды", "ru": "не принимает на обучение", "en": "does not admit students"}


@pytest.mark.browser
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", PREFIXES)
def test_the_home_page_answers_a_prospective_student_in_the_first_screen(page, site_url, curriculum, lang, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + PREFIXES[lang])
    lead = page.evaluate("""() => { const lead = document.querySelector('.home-lead');
        return {bottom: lead.getBoundingClientRect().bottom, text: lead.innerText,
                links: [...lead.querySelectorAll('a')].map(a => a.getAttribute('href'))}; }""")
    assert lead["bottom"] <= VIEWPORTS[viewport]["height"]
    text = " ".join(lead["text"].split())
    programme = curriculum.programme
    assert programme.degree[lang] in text
    assert f"{programme.duration_years} {curriculum.label('ui', 'years', lang)}" in text
    assert str(programme.total_credits) in text
    assert NOT_A_PLACE_TO_APPLY[lang] in text
    assert "programme/#graduate" in lead["links"] and "programme/#pathways" in lead["links"]
    assert page.locator("#how").count() == 0  # how the site is built lives in the contributor guide


def test_how_the_site_is_built_is_in_the_contributor_guide(built_site):
    for prefix in PREFIXES.values():
        html = (built_site / prefix / "contributing" / "index.html").read_text(encoding="utf-8")
        assert 'id="how-the-site-works"' in html


# --- the glossary ----------------------------------------------------------------------------------------------

def test_a_term_in_the_other_script_is_filed_under_that_script():
    assert first_letter("e-Otinish", "kk") == first_letter("e-Otinish", "ru") == "A–Z"
    assert first_letter("Аким", "en") == "А–Я"
    assert first_letter("әкім", "kk") == "Ә" and first_letter("«Ауыл»", "ru") == "А"
    assert first_letter("e-Otinish", "en") == "E"


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_letter_index_shows_no_letter_twice(built_site, lang):
    html = (built_site / PREFIXES[lang] / "glossary" / "index.html").read_text(encoding="utf-8")
    index = re.search(r'<nav class="letter-index"[^>]*>(.*?)</nav>', html).group(1)
    letters = re.findall(r">([^<]+)</a>", index)
    # Latin E and Cyrillic Е look the same: compare what a reader sees.
    looks = [letter.translate(str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")) for letter in letters]
    assert len(set(looks)) == len(looks), letters


@pytest.mark.browser
@pytest.mark.parametrize("lang", PREFIXES)
def test_a_tap_on_a_linked_term_previews_it_before_navigating(browser, site_url, lang):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(site_url + PREFIXES[lang] + "courses/lsg2105/")
        term = page.locator("article a.glossary-term").first
        definition = term.get_attribute("title")
        term.scroll_into_view_if_needed()
        term.tap()
        page.locator(".md-tooltip2--active").wait_for()
        assert page.locator(".md-tooltip2--active").inner_text() == definition
        assert page.url == site_url + PREFIXES[lang] + "courses/lsg2105/"
        term.tap()
        page.wait_for_url(re.compile(r".*/glossary/#.+"))
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", PREFIXES)
def test_an_entry_landed_on_is_not_covered_by_the_back_to_top_button(page, site_url, lang, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + PREFIXES[lang] + "courses/lsg2105/")
    page.goto(site_url + PREFIXES[lang] + "glossary/#maslikhat", wait_until="load")
    # The browser lands on the entry (the glossary lays its entries out near the screen, so this can take a moment)
    page.wait_for_function("() => Math.abs(document.getElementById('maslikhat').getBoundingClientRect().top) < 400")
    for _ in range(10):  # Material shows the button when the reader scrolls back up; a loaded machine may need two
        page.evaluate("window.scrollBy(0, -30)")
        page.wait_for_timeout(150)
        if page.evaluate("!document.querySelector('.md-top').hidden"):
            break
    assert page.evaluate("!document.querySelector('.md-top').hidden"), "the back-to-top button never appeared"
    page.wait_for_timeout(300)
    boxes = page.evaluate("""() => { const b = document.querySelector('.md-top').getBoundingClientRect();
        const h = document.getElementById('maslikhat').getBoundingClientRect();
        return {button: b.bottom, heading: h.top}; }""")
    assert boxes["heading"] >= boxes["button"], boxes


# --- the footer, scroll regions --------------------------------------------------------------------------------

MADE_WITH = {"kk": "Сайт Material for MkDocs көмегімен жасалған", "ru": "Сделано с помощью Material for MkDocs",
             "en": "Made with Material for MkDocs"}


@pytest.mark.parametrize("lang", PREFIXES)
def test_the_footer_credit_is_in_the_page_language(built_site, lang):
    html = (built_site / PREFIXES[lang] / "programme" / "index.html").read_text(encoding="utf-8")
    credit = re.search(r'<div class="md-copyright__credit">(.*?)</div>', html, re.S).group(1)
    assert " ".join(re.sub(r"<[^>]+>", "", credit).split()) == MADE_WITH[lang]


def test_every_scroll_region_is_focusable_and_named_in_the_built_html(built_site):
    unnamed, regions = [], 0
    for path in sorted(built_site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        for tag in re.finditer(r'<div class="(?:md-typeset__scrollwrap|graph-scroll)"[^>]*>', text):
            regions += 1
            attributes = tag.group(0)
            if 'tabindex="0"' not in attributes or 'role="region"' not in attributes or not re.search(r'aria-label="[^"]+"', attributes):
                unnamed.append(f"{path.relative_to(built_site)}: {attributes}")
    assert regions > 100 and unnamed == []
