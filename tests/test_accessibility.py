"""axe-core in Chromium on every kind of page, in every language: no serious or critical violation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
KINDS = {
    "home": "",
    "passport": "programme/",
    "structure": "programme/structure/",
    "graph": "programme/prerequisites/",
    "outcomes": "programme/outcomes/",
    "catalogue": "courses/",
    "course": "courses/lsg2105/",
    "glossary": "glossary/",
    "contributing": "contributing/",
}
PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (python3 dev.py test does)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", PREFIXES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_serious_or_critical_violation(page, site_url, axe_source, kind, lang):
    page.goto(site_url + PREFIXES[lang] + KINDS[kind])
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — " + "; ".join(n["target"][0] if isinstance(n["target"][0], str)
                                                               else json.dumps(n["target"]) for n in v["nodes"][:3])
        for v in results["violations"] if v["impact"] in ("serious", "critical")
    ]
    if serious:
        pytest.fail(f"{len(serious)} serious or critical violations:\n" + "\n".join(serious))
