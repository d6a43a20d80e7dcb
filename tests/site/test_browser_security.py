"""The Content Security Policy in Chromium: a script injected into a built page is refused, and every kind of page
keeps working under the policy — the search, the language switcher, the tooltips, the catalogue filter (the
version selector and the 404 page under mike: tests/publishing/test_publish_versions.py). The shared `page` fixture fails a test
whenever the policy refused anything, so every browser test of the site also runs under the policy."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

INJECTED = ('<script>window.__injected = "inline";</script>'
            '<img src="data:," onerror="window.__injected = \'handler\'">'
            '<a id="injected-link" href="javascript:window.__injected=\'link\'">x</a>')


def test_a_script_injected_into_a_page_is_refused(page, site_url):
    def inject(route):
        response = route.fetch()
        html = response.text().replace("</article>", INJECTED + "</article>", 1)
        route.fulfill(response=response, body=html)

    page.route("**/ru/courses/lsg2105/", inject)
    page.goto(site_url + "ru/courses/lsg2105/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#injected-link").count() == 1  # the markup is in the page…
    page.locator("#injected-link").click()
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__injected") is None  # …but none of it ran
    refused = "\n".join(page.policy_violations)
    assert "Executing inline script violates" in refused
    assert "Executing inline event handler violates" in refused
    assert "Running the JavaScript URL violates" in refused
    # The page's own scripts ran: Material's (the header's search box, its copy buttons) and the site's tooltips.
    assert page.evaluate("() => typeof window.__md_get") == "function"
    page.policy_violations.clear()  # refused on purpose: not a failure of the page


@pytest.mark.parametrize("address", ["", "ru/", "en/programme/structure/", "programme/prerequisites/",
                                     "ru/programme/legal-framework/", "en/contributing/data/"])
def test_every_kind_of_page_loads_its_scripts_and_styles_under_the_policy(page, site_url, address):
    page.goto(site_url + address)
    page.wait_for_load_state("networkidle")
    # Material's stylesheet applied and its script ran; the site's own stylesheet applied.
    assert page.locator(".md-header").evaluate("header => getComputedStyle(header).position") == "sticky"
    assert page.evaluate("() => document.documentElement.classList.contains('js')")
    assert page.foreign_requests == []


def test_the_catalogue_filter_works_under_the_policy(page, site_url):
    page.goto(site_url + "en/courses/")
    form = page.locator("[data-catalogue-filter]")
    form.wait_for(state="visible")  # shown by assets/catalogue.js
    total = page.locator("[data-catalogue] tbody tr").count()
    form.locator("select[data-filter=semester]").select_option("1")
    shown = page.locator("[data-catalogue] tbody tr:not([hidden])").count()
    assert 0 < shown < total
    assert form.locator("[data-catalogue-count]").inner_text() == str(shown)
    form.locator("button[type=reset]").click()
    page.wait_for_function(f"() => document.querySelector('[data-catalogue-count]').textContent === '{total}'")


def test_the_search_finds_and_the_switcher_switches_under_the_policy(page, site_url):
    page.goto(site_url + "ru/courses/lsg2105/")
    page.locator(".md-search__input").click()
    page.keyboard.type("маслихат")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(".md-select__link", has_text="English").first.click()
    page.wait_for_url("**/en/courses/lsg2105/")
    link = page.locator("a.glossary-term").first
    link.hover()
    page.locator(".md-tooltip2--active").wait_for()
