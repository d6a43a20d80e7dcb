"""Material's tooltips on titled elements (assets/tooltips.js), in a real Chromium: a linked term shows its
definition on hover and on keyboard focus, is described by it while shown, and gets its title back after."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

SHOWN = ".md-tooltip2--active[role=tooltip]"


def _first_term(page):
    link = page.locator("article a.glossary-term").first
    return link, link.get_attribute("title")


@pytest.mark.parametrize("prefix", ["", "ru/", "en/"])
def test_hovering_a_term_shows_its_definition_below_it_and_leaving_takes_it_away(page, site_url, prefix):
    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(site_url + f"{prefix}courses/lsg2105/")
    assert page.locator(".md-tooltip2").count() == 0  # nothing is mounted before it is wanted
    link, definition = _first_term(page)
    assert definition
    link.scroll_into_view_if_needed()
    link.hover()
    tooltip = page.locator(SHOWN)
    tooltip.wait_for()
    assert tooltip.inner_text() == definition
    page.wait_for_timeout(300)
    assert page.locator(".md-tooltip2").count() == 1  # Material's own content.tooltips would add a second
    assert link.get_attribute("aria-describedby") == tooltip.get_attribute("id")
    assert link.get_attribute("title") is None  # the browser's own tooltip would show it a second time
    # A function, not an expression: an expression is polled through eval, which the pages' policy refuses.
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-tooltip2--active')).opacity === '1'")
    below = page.evaluate("""() => {
        const link = document.querySelector('a.glossary-term[aria-describedby]').getBoundingClientRect();
        const tip = document.querySelector('.md-tooltip2--active > .md-tooltip2__inner').getBoundingClientRect();
        return {gap: tip.top - link.bottom, overlap: Math.min(link.right, tip.right) - Math.max(link.left, tip.left),
                inside: tip.left >= 0 && tip.right <= innerWidth};
    }""")
    assert 0 <= below["gap"] <= 20 and below["overlap"] > 0 and below["inside"], below

    page.mouse.move(0, 0)
    page.locator(".md-tooltip2").wait_for(state="detached")
    assert link.get_attribute("title") == definition
    assert link.get_attribute("aria-describedby") is None


def test_keyboard_focus_shows_the_definition_and_escape_dismisses_it(page, site_url):
    page.goto(site_url + "courses/lsg2105/")
    link, definition = _first_term(page)
    link.focus()
    page.locator(SHOWN).wait_for()
    assert page.locator(SHOWN).inner_text() == definition
    page.keyboard.press("Escape")
    page.locator(".md-tooltip2").wait_for(state="detached")
    assert link.get_attribute("title") == definition
    assert page.evaluate("document.activeElement.classList.contains('glossary-term')")  # focus stays


def test_one_tooltip_at_a_time_on_the_glossary_used_in_links(page, site_url):
    page.goto(site_url + "glossary/")
    used_in = page.locator("article .concept dd a[title]")
    # Handles, not locators: a link lends its title to the tooltip, so "a[title]" would match others.
    first, second = used_in.nth(0).element_handle(), used_in.nth(1).element_handle()
    titles = first.get_attribute("title"), second.get_attribute("title")
    first.hover()
    page.locator(SHOWN).wait_for()
    second.hover()
    page.wait_for_function("t => document.querySelector('.md-tooltip2--active')?.innerText === t", arg=titles[1])
    assert page.locator(".md-tooltip2").count() == 1
    assert first.get_attribute("title") == titles[0]
