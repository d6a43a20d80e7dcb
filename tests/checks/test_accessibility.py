"""axe-core in Chromium on every kind of page, in every language: no serious or critical violation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
KINDS = {
    "home": "",
    "passport": "programme/",
    "structure": "programme/structure/",
    "graph": "programme/prerequisites/",
    "outcomes": "programme/outcomes/",
    "pathway": "programme/pathway/",
    "catalogue": "courses/",
    "course": "courses/lsg2105/",
    "glossary": "glossary/",
    "contributing": "contributing/",
}
PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
# Students read on phones: each page is checked at a phone's width as well as a desktop's.
VIEWPORTS = {"desktop": {"width": 1280, "height": 720}, "phone": {"width": 412, "height": 823}}
# The glossary's entries and the tables further down a page are laid out only near the screen
# (content-visibility, site.css); axe would measure the colours of the others against whatever lies at their
# estimated place (the footer). Each is checked as it is once on screen: the property changes when an element
# is laid out, never how it looks. A resize makes assets/scroll-regions.js measure the tables laid out so.
ALL_LAID_OUT = "* { content-visibility: visible !important; }"


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (python3 dev.py test does)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", PREFIXES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_serious_or_critical_violation(page, site_url, axe_source, kind, lang, viewport):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(site_url + PREFIXES[lang] + KINDS[kind])
    # The page's Content Security Policy refuses inline <style> and <script> tags: the style goes in as a
    # constructed stylesheet and axe is evaluated by the browser's tooling, neither of which the policy governs.
    page.evaluate("""async (css) => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; dispatchEvent(new Event('resize'));
        for (let i = 0; i < 2; i++) await new Promise(resolve => requestAnimationFrame(resolve)); }""", ALL_LAID_OUT)
    page.evaluate(axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["target"][0] if isinstance(n["target"][0], str)
                                                               else json.dumps(n["target"]) for n in v["nodes"][:3])
        for v in results["violations"] if v["impact"] in ("serious", "critical")
    ]
    if serious:
        pytest.fail(f"{len(serious)} serious or critical violations:\n" + "\n".join(serious))


@pytest.mark.parametrize("path", ["courses/lsg2105/", "ru/programme/outcomes/"])
def test_a_table_too_wide_for_a_phone_scrolls_from_the_keyboard(page, site_url, path):
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(site_url + path)
    # Predicates are functions: a bare expression is polled through eval, which the pages' policy refuses.
    page.wait_for_function("() => document.querySelector('.md-typeset__scrollwrap[tabindex]') !== null")
    # Tables further down are laid out only near the screen (content-visibility): each is looked at there.
    regions = []
    wrappers = page.locator(".md-typeset__scrollwrap")
    for index in range(wrappers.count()):
        wrappers.nth(index).scroll_into_view_if_needed()
        regions.append(wrappers.nth(index).evaluate("""async w => {
            const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
            while (!w.querySelector('table').checkVisibility({contentVisibilityAuto: true})) await frame();
            await frame(); await frame();  // the state change, then scroll-regions.js' own frame
            return {overflows: w.scrollWidth > w.clientWidth + 1, tabindex: w.getAttribute('tabindex'),
                    role: w.getAttribute('role'), name: w.getAttribute('aria-label')};
        }"""))
    wide = [r for r in regions if r["overflows"]]
    assert wide and all(r["tabindex"] == "0" and r["role"] == "region" and r["name"] for r in wide), regions
    assert all(r["tabindex"] is None for r in regions if not r["overflows"])  # no needless tab stops
    region = page.locator(".md-typeset__scrollwrap[tabindex='0']").first
    region.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.activeElement.scrollLeft > 0")
