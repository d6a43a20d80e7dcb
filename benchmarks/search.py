#!/usr/bin/env python3
"""Benchmark of the site search: Material's stock search (lunr, the `search` plugin) against the site's
Pagefind search, on the real site and on a generated large one (200 pages of about 1,500 words per
language, 300 concepts), in the same run.

For each site and approach it prints: the bytes the browser transfers for the first query (headless
Chromium, cold cache, the site served over HTTP with gzip for text files as GitHub Pages serves it;
every search request counted, headers included, from opening the page until the results are shown),
the time from typing to results (unthrottled, and over an emulated slow mobile link), the build time
the search index adds, and how many queries of tests/search_queries.py are answered correctly.

Run: .venv/bin/python benchmarks/search.py [--pages N] [--words N] [--concepts N] [--skip-large]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import (LANGUAGES, GzipHandler, add_generated_pages, add_synthetic_concepts, copy_site, print_table, serve,  # noqa: E402
                    timed_build)
from curriculum.glossary.termbase import load_glossary  # noqa: E402
from curriculum.languages import home_url  # noqa: E402
from curriculum.search.index import build_search_index  # noqa: E402
from search_queries import CASES, TOP, judge  # noqa: E402

SUB_PATH = "/curriculum/"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST_QUERY = {"kk": "әкімдердің", "ru": "местного самоуправления", "en": "akims"}
# A slow rural mobile link: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Chrome's "Fast 3G").
SLOW = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
SEARCH_PATHS = re.compile(r"/(search/search_index\.json|assets/javascripts/workers/|assets/javascripts/lunr/|"
                          r"pagefind/|assets/search)")
OUR_HOOK = "  - hooks/search_index.py\n"
OUR_SCRIPT = "  - assets/search.js\n"
OUR_TEMPLATES = ("partials/header.html", "partials/search-pagefind.html")


# --- Variants ---------------------------------------------------------------------------------------------------

def write_variants(root: Path) -> dict[str, Path]:
    """ours (without the index hook: the index is built and timed on its own) and stock (Material's search)."""
    base = (root / "mkdocs.yml").read_text(encoding="utf-8")
    for part in (OUR_HOOK, OUR_SCRIPT, "plugins:\n"):
        assert part in base, f"mkdocs.yml no longer has {part!r} where the benchmark expects it"
    ours = base.replace(OUR_HOOK, "")
    stock = ours.replace(OUR_SCRIPT, "").replace("plugins:\n", "plugins:\n  - search\n", 1)
    stock = stock.replace("    - content.tooltips\n", "    - search.highlight\n    - content.tooltips\n", 1)
    stock = stock.replace("custom_dir: overrides\n", "custom_dir: overrides-stock\n")
    shutil.copytree(root / "overrides", root / "overrides-stock")
    for name in OUR_TEMPLATES:
        (root / "overrides-stock" / name).unlink()
    main = root / "overrides-stock" / "main.html"
    main.write_text(re.sub(r"\{#- The site search \(Pagefind.*?\{% endblock %\}\n", "", main.read_text(encoding="utf-8"),
                           flags=re.DOTALL), encoding="utf-8")
    paths = {}
    for name, text in (("ours", ours), ("stock", stock)):
        paths[name] = root / f"mkdocs.{name}.yml"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def build(root: Path, label: str) -> dict[str, dict]:
    configs = write_variants(root)
    glossary, _ = load_glossary(root / "data")
    results = {}
    stock = timed_build(root, configs["stock"], root / "site-stock")
    plain = timed_build(root, configs["ours"], root / "site-ours")
    started = time.perf_counter()
    build_search_index(root / "site-ours", glossary)
    index_seconds = time.perf_counter() - started
    print(f"  {label}: built (stock {stock.seconds:.1f} s, without search {plain.seconds:.1f} s, "
          f"Pagefind index {index_seconds:.1f} s)", file=sys.stderr)
    results["stock"] = {"site": stock.site, "index_s": max(stock.seconds - plain.seconds, 0.0),
                        "index_size": _size(stock.site / "search")}
    results["ours"] = {"site": plain.site, "index_s": index_seconds, "index_size": _size(plain.site / "pagefind")}
    return results


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) if folder.exists() else 0


# --- Serving like GitHub Pages: gzip for text --------------------------------------------------------------------

class SubPathGzipHandler(GzipHandler):
    """The site under SUB_PATH, as a project site on GitHub Pages."""

    def translate_path(self, path):
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "__not_under_the_sub_path__")
        return super().translate_path("/" + path[len(SUB_PATH):])


def serve_gzipped(site: Path) -> tuple[ThreadingHTTPServer, str]:
    return serve(site, SubPathGzipHandler, SUB_PATH)


# --- In the browser ---------------------------------------------------------------------------------------------

WATCH = """() => {
  window.__lastChange = performance.now();
  new MutationObserver(() => { window.__lastChange = performance.now(); })
    .observe(document.querySelector(".md-search-result"), { subtree: true, childList: true, characterData: true });
}"""
# Settled: results, or "no matching documents", or (Material, for a query its pipeline empties) the
# placeholder still, and nothing changed for 0.6 s after the last key.
SETTLED = """(final) => {
  const items = document.querySelectorAll(".md-search-result__item").length;
  const meta = document.querySelector(".md-search-result__meta").textContent.trim();
  const since = Math.max(window.__lastChange, window.__typed || Infinity);
  return (items > 0 || final.includes(meta)) && performance.now() - since > 600;
}"""
NONE_TEXTS = ["Сәйкес құжат табылмады", "Совпадений не найдено", "No matching documents"]
# Material leaves its placeholder up for a query its lunr pipeline turns into nothing (a single Cyrillic
# word, with the Russian trimmer): for the stock search that is its answer. Ours shows it only while typing.
PLACEHOLDERS = ["Іздеу үшін сөз тере бастаңыз", "Начните печатать для поиска", "Type to start searching"]


def type_and_wait(page, query: str, stock: bool) -> float:
    """Types the query in the header box; seconds from the first key to the last change of the results."""
    page.evaluate(WATCH)
    page.keyboard.press("/")  # ours; Material's own shortcut is the same key
    if not page.evaluate("document.activeElement && document.activeElement.classList.contains('md-search__input')"):
        page.locator(".md-search__input").click()
    started = page.evaluate("performance.now()")
    page.keyboard.type(query)
    page.evaluate("window.__typed = performance.now()")
    page.wait_for_function(SETTLED, arg=NONE_TEXTS + (PLACEHOLDERS if stock else []), timeout=120_000, polling=100)
    return (max(page.evaluate("window.__lastChange"), page.evaluate("window.__typed")) - started) / 1000


def first_query(browser, base: str, lang: str, throttle: bool, stock: bool) -> tuple[int, float]:
    context = browser.new_context()
    page = context.new_page()
    sizes = []

    def finished(request):
        if SEARCH_PATHS.search(urlsplit(request.url).path):
            s = request.sizes()
            sizes.append(s["responseBodySize"] + s["responseHeadersSize"])
    page.on("requestfinished", finished)
    if throttle:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW)
    page.goto(base + home_url(lang), wait_until="load")
    seconds = type_and_wait(page, FIRST_QUERY[lang], stock)
    page.wait_for_timeout(300)
    context.close()
    return sum(sizes), seconds


def ui_answer(page, base: str) -> tuple[list[str], list[str]]:
    """Pages and glossary entries as the results panel shows them, as site-relative URLs."""
    hrefs = page.eval_on_selector_all(".md-search-result__item", """items => items.map(item =>
        Array.from(item.querySelectorAll("a.md-search-result__link"), a => a.href))""")
    pages, entries = [], []
    for item in hrefs:
        urls = [_relative(h, base) for h in item]
        if not urls:
            continue
        page_url = urls[0].split("#")[0]
        if page_url not in pages:
            pages.append(page_url)
        if page_url.endswith("glossary/"):
            entries += [u for u in urls[1:] if "#" in u and not u.split("#")[1].startswith("letter-")]
    return pages, entries


def _relative(href: str, base: str) -> str:
    parts = urlsplit(href)
    path = parts.path[len(urlsplit(base).path):] if parts.path.startswith(urlsplit(base).path) else parts.path
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def recall(browser, base: str, stock: bool) -> tuple[int, list[str]]:
    right, wrong = 0, []
    context = browser.new_context()
    for case in CASES:
        page = context.new_page()
        page.goto(base + home_url(case.lang), wait_until="networkidle")
        type_and_wait(page, case.query, stock)
        pages, entries = ui_answer(page, base)
        problems = judge(case, pages, entries)
        if problems:
            wrong.append(f"{case.label}: {'; '.join(problems)}")
        else:
            right += 1
        page.close()
    context.close()
    return right, wrong


def measure(label: str, root: Path, browser, runs: int) -> list[list[str]]:
    variants = build(root, label)
    rows, report = [], {}
    for name in ("stock", "ours"):
        server, base = serve_gzipped(variants[name]["site"])
        try:
            per_lang = {}
            for lang in LANGUAGES:
                fast = [first_query(browser, base, lang, False, name == "stock") for _ in range(runs)]
                slow = first_query(browser, base, lang, True, name == "stock")
                per_lang[lang] = (statistics.median(b for b, _ in fast), statistics.median(s for _, s in fast), slow[1])
            right, wrong = recall(browser, base, name == "stock")
        finally:
            server.shutdown()
        report[name] = (per_lang, right, wrong)
        for line in wrong:
            print(f"  {label} / {name}: {line}", file=sys.stderr)
    stock_bytes = {lang: report["stock"][0][lang][0] for lang in LANGUAGES}
    for name in ("stock", "ours"):
        per_lang, right, _ = report[name]
        for lang in LANGUAGES:
            first_bytes, fast_s, slow_s = per_lang[lang]
            rows.append([label, "Material search (lunr)" if name == "stock" else "Pagefind + kk/ru/en layer", lang,
                         f"{first_bytes / 1024:,.0f} KB", f"{first_bytes / stock_bytes[lang]:.3f}",
                         f"{fast_s:.2f}", f"{slow_s:.1f}", f"{variants[name]['index_s']:.1f}",
                         f"{variants[name]['index_size'] / 1048576:.1f} MB", f"{right}/{len(CASES)}"])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="generated pages per language")
    parser.add_argument("--words", type=int, default=1500, help="words per generated page")
    parser.add_argument("--concepts", type=int, default=300, help="concepts in the generated site's termbase")
    parser.add_argument("--runs", type=int, default=3, help="unthrottled first-query runs per language (median)")
    parser.add_argument("--skip-large", action="store_true", help="measure the real site only")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    rows = []
    with tempfile.TemporaryDirectory() as temporary, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        real = copy_site(Path(temporary) / "real")
        rows += measure("real site", real, browser, options.runs)
        if not options.skip_large:
            large = copy_site(Path(temporary) / "large")
            add_synthetic_concepts(large, options.concepts)
            add_generated_pages(large, options.pages, options.words)
            rows += measure(f"generated ({options.pages} pages × 3 languages, {options.concepts} concepts)", large,
                            browser, options.runs)
        browser.close()
    print_table("Site search: first query in a cold browser (gzip served), index build, answers to the query table",
                ["site", "search", "page", "first query: bytes", "× stock", "to results s", "slow 3G s",
                 "index build s", "index on disk", "queries right"], rows)
    print(f"\nBytes: every search request (index, workers, scripts, fragments) with headers, from opening the "
          f"home page until the results for {FIRST_QUERY} are shown. 'to results': from the first key typed "
          f"right after the page's load event to the last change of the results panel (median of "
          f"{options.runs}); 'slow 3G': the same over 1.6 Mbit/s with 150 ms round trips. 'queries right': "
          f"the cases of tests/search_queries.py (first {TOP} pages shown, glossary entry first, no other "
          f"language, nonsense answered with nothing).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
