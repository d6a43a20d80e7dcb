#!/usr/bin/env python3
"""Benchmark of the site search: Material's stock search (lunr, the `search` plugin), the site's Pagefind
search as it was before issue #18 ("today": no code-first pins, Pagefind's default ranking, no respelling)
and as it is now, on the real site and on a generated large one (200 pages of about 1,500 words per
language, 300 concepts), all built from the same content in the same run.

For each site and approach it prints: the bytes the browser transfers for the first query (headless
Chromium, cold cache, the site served over HTTP with gzip for text files as GitHub Pages serves it;
every search request counted, headers included, from opening the page until the results are shown),
the time from typing to results (unthrottled, and over an emulated slow mobile link), the build time
the search index adds, and how many queries of tests/search_queries.py are answered correctly. Then, today
against now, the first query of each kind (a course code, Kazakh typed on a Russian keyboard or in Latin
letters beside the same word spelt right), and the queries answered right per kind.

"Today" is the site's content with the search files of revision TODAY (git show) laid over it and its own
`curriculum.search` imported first (PYTHONPATH).

Run: .venv/bin/python benchmarks/search.py [--pages N] [--words N] [--concepts N] [--skip-large] [--today REV]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from common import (LANGUAGES, ROOT, GzipHandler, add_generated_pages, add_synthetic_concepts, copy_site,  # noqa: E402
                    print_table, serve, timed_build)
from curriculum.glossary.termbase import load_glossary  # noqa: E402
from curriculum.languages import home_url  # noqa: E402
from curriculum.search.index import build_search_index  # noqa: E402
from search_queries import CASES, KINDS, TOP, judge  # noqa: E402

SUB_PATH = "/curriculum/"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIRST_QUERY = {"kk": "әкімдердің", "ru": "местного самоуправления", "en": "akims"}
# The first query of each new kind, beside the same word spelt right: today against now.
FIRST_QUERIES = (("kk", "spelt right", "әкімдіктің"), ("kk", "Russian keyboard", "акимдиктин"),
                 ("kk", "Latin letters", "akimdik"), ("kk", "course code", "LSG2105"),
                 ("ru", "spelt right", "местное самоуправление"), ("ru", "Latin letters", "mestnoe samoupravlenie"),
                 ("en", "course code", "lsg2105"))
TODAY = "5e89b55"  # the last revision before issue #18 changed the search
# The files of the search: "today" takes them from TODAY (and has none of those TODAY lacks).
SEARCH_FILES = ("curriculum/search/__init__.py", "curriculum/search/index.py", "curriculum/search/query.py",
                "curriculum/search/pagefind_bundle.py", "curriculum/search/spelling.py", "docs/assets/search.js",
                "hooks/search_index.py", "hooks/search_keys.py", "overrides/main.html",
                "overrides/partials/search-pagefind.html", "overrides/partials/header.html")
# A slow rural mobile link: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip (Chrome's "Fast 3G").
SLOW = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8}
SEARCH_PATHS = re.compile(r"/(search/search_index\.json|assets/javascripts/workers/|assets/javascripts/lunr/|"
                          r"pagefind/|assets/search)")
OUR_HOOK = "  - hooks/search_index.py\n"
KEYS_HOOK = "  - hooks/search_keys.py\n"
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


def write_today(root: Path, revision: str) -> Path:
    """A copy of ``root`` with the search files of ``revision`` and the core package beside them."""
    today = root.parent / f"{root.name}-today"
    shutil.copytree(root, today, ignore=shutil.ignore_patterns("site-*", "overrides-stock", "mkdocs.*.yml"))
    shutil.copytree(ROOT / "curriculum", today / "curriculum", ignore=shutil.ignore_patterns("__pycache__"))
    for name in SEARCH_FILES:
        shown = subprocess.run(["git", "show", f"{revision}:{name}"], cwd=ROOT, capture_output=True)
        target = today / name
        if shown.returncode == 0:
            target.write_bytes(shown.stdout)
        else:
            target.unlink(missing_ok=True)
    if not (today / "hooks" / "search_keys.py").exists():
        config = today / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace(KEYS_HOOK, ""), encoding="utf-8")
    return today


def build(root: Path, label: str, revision: str) -> dict[str, dict]:
    configs = write_variants(root)
    glossary, _ = load_glossary(root / "data")
    results = {}
    stock = timed_build(root, configs["stock"], root / "site-stock")
    plain = timed_build(root, configs["ours"], root / "site-ours")
    started = time.perf_counter()
    build_search_index(root / "site-ours", glossary)
    index_seconds = time.perf_counter() - started
    today_root = write_today(root, revision)
    today_configs = write_variants(today_root)
    environment = {"PYTHONPATH": str(today_root)}
    today = timed_build(today_root, today_configs["ours"], today_root / "site-today", environment)
    today_index = subprocess.run(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from curriculum.glossary.termbase import load_glossary; "
         "from curriculum.search.index import build_search_index; "
         "glossary, _ = load_glossary(Path(sys.argv[1]) / 'data'); started = time.perf_counter(); "
         "build_search_index(Path(sys.argv[2]), glossary); print(time.perf_counter() - started)",
         str(today_root), str(today.site)],
        cwd=today_root, env={**os.environ, **environment}, capture_output=True, text=True, check=True)
    print(f"  {label}: built (stock {stock.seconds:.1f} s, without search {plain.seconds:.1f} s, "
          f"Pagefind index {index_seconds:.1f} s, today's {float(today_index.stdout):.1f} s)", file=sys.stderr)
    results["stock"] = {"site": stock.site, "index_s": max(stock.seconds - plain.seconds, 0.0),
                        "index_size": _size(stock.site / "search")}
    results["today"] = {"site": today.site, "index_s": float(today_index.stdout),
                        "index_size": _size(today.site / "pagefind") + _size(today.site / "assets" / "search-words")}
    results["ours"] = {"site": plain.site, "index_s": index_seconds,
                       "index_size": _size(plain.site / "pagefind") + _size(plain.site / "assets" / "search-words")}
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


def first_query(browser, base: str, lang: str, throttle: bool, stock: bool, query: str | None = None,
                parts: dict | None = None) -> tuple[int, float]:
    """Bytes and seconds of a first query; ``parts`` receives the bytes of the results' text (Pagefind's
    fragments) and of the site's words."""
    context = browser.new_context()
    page = context.new_page()
    sizes = []

    def finished(request):
        path = urlsplit(request.url).path
        if SEARCH_PATHS.search(path):
            s = request.sizes()
            sizes.append(s["responseBodySize"] + s["responseHeadersSize"])
            if parts is not None:
                part = "fragments" if "/pagefind/fragment/" in path else "words" if "/search-words/" in path else None
                if part:
                    parts[part] = parts.get(part, 0) + sizes[-1]
    page.on("requestfinished", finished)
    if throttle:
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", SLOW)
    page.goto(base + home_url(lang), wait_until="load")
    seconds = type_and_wait(page, query or FIRST_QUERY[lang], stock)
    page.wait_for_timeout(300)
    context.close()
    return sum(sizes), seconds


def ui_answer(page, base: str, stock: bool) -> tuple[list[str], list[str]]:
    """Pages and glossary entries as the results panel shows them, as site-relative URLs. In Material's
    search the glossary is a page whose sections are the entries; in the site's, the entries are one result
    of their own (not a page) and the glossary page, when it matches, another."""
    hrefs = page.eval_on_selector_all(".md-search-result__item", """items => items.map(item =>
        Array.from(item.querySelectorAll("a.md-search-result__link"), a => a.href))""")
    pages, entries = [], []
    for item in hrefs:
        urls = [_relative(h, base) for h in item]
        if not urls:
            continue
        page_url = urls[0].split("#")[0]
        found = [u for u in urls[1:] if "#" in u and not u.split("#")[1].startswith("letter-")] \
            if page_url.endswith("glossary/") else []
        entries += found
        if page_url not in pages and (stock or not found):
            pages.append(page_url)
    return pages, entries


def _relative(href: str, base: str) -> str:
    parts = urlsplit(href)
    path = parts.path[len(urlsplit(base).path):] if parts.path.startswith(urlsplit(base).path) else parts.path
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def recall(browser, base: str, stock: bool) -> tuple[dict[str, int], list[str]]:
    """The cases of the query table answered right, per kind, and what was wrong with the others."""
    right, wrong = {kind: 0 for kind in KINDS}, []
    context = browser.new_context()
    for case in CASES:
        page = context.new_page()
        page.goto(base + home_url(case.lang), wait_until="networkidle")
        type_and_wait(page, case.query, stock)
        pages, entries = ui_answer(page, base, stock)
        problems = judge(case, pages, entries)
        if problems:
            wrong.append(f"{case.label}: {'; '.join(problems)}")
        else:
            right[case.kind] += 1
        page.close()
    context.close()
    return right, wrong


APPROACHES = {"stock": "Material search (lunr)", "today": "Pagefind + kk/ru/en layer, before #18",
              "ours": "Pagefind + kk/ru/en layer, now"}


def measure(label: str, root: Path, browser, runs: int, revision: str) -> tuple[list, list, dict]:
    variants = build(root, label, revision)
    rows, kinds_rows, report, by_kind = [], [], {}, {}
    for name in APPROACHES:
        server, base = serve_gzipped(variants[name]["site"])
        try:
            per_lang = {}
            for lang in LANGUAGES:
                fast = [first_query(browser, base, lang, False, name == "stock") for _ in range(runs)]
                slow = first_query(browser, base, lang, True, name == "stock")
                per_lang[lang] = (statistics.median(b for b, _ in fast), statistics.median(s for _, s in fast), slow[1])
            if name != "stock":
                for lang, kind, query in FIRST_QUERIES:
                    parts: dict = {}
                    fast = [first_query(browser, base, lang, False, False, query, parts) for _ in range(runs)]
                    by_kind[(name, lang, kind)] = (statistics.median(b for b, _ in fast),
                                                   statistics.median(s for _, s in fast),
                                                   {part: size / runs for part, size in parts.items()})
            right, wrong = recall(browser, base, name == "stock")
        finally:
            server.shutdown()
        report[name] = (per_lang, right, wrong)
        for line in wrong:
            print(f"  {label} / {name}: {line}", file=sys.stderr)
    stock_bytes = {lang: report["stock"][0][lang][0] for lang in LANGUAGES}
    for name, title in APPROACHES.items():
        per_lang, right, _ = report[name]
        for lang in LANGUAGES:
            first_bytes, fast_s, slow_s = per_lang[lang]
            rows.append([label, title, lang, f"{first_bytes / 1024:,.0f} KB", f"{first_bytes / stock_bytes[lang]:.3f}",
                         f"{fast_s:.2f}", f"{slow_s:.1f}", f"{variants[name]['index_s']:.1f}",
                         f"{variants[name]['index_size'] / 1048576:.1f} MB", f"{sum(right.values())}/{len(CASES)}"])
    for lang, kind, query in FIRST_QUERIES:
        (today_bytes, today_s, today_parts), (our_bytes, our_s, our_parts) = \
            by_kind[("today", lang, kind)], by_kind[("ours", lang, kind)]
        kinds_rows.append([label, lang, kind, query, f"{today_bytes / 1024:,.1f} KB", f"{our_bytes / 1024:,.1f} KB",
                           f"{our_bytes / today_bytes:.3f}",
                           f"{today_parts.get('fragments', 0) / 1024:,.1f} / {our_parts.get('fragments', 0) / 1024:,.1f} KB",
                           f"{our_parts.get('words', 0) / 1024:,.1f} KB", f"{today_s:.2f}", f"{our_s:.2f}"])
    answered = {name: report[name][1] for name in APPROACHES}
    return rows, kinds_rows, answered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="generated pages per language")
    parser.add_argument("--words", type=int, default=1500, help="words per generated page")
    parser.add_argument("--concepts", type=int, default=300, help="concepts in the generated site's termbase")
    parser.add_argument("--runs", type=int, default=3, help="unthrottled first-query runs per language (median)")
    parser.add_argument("--skip-large", action="store_true", help="measure the real site only")
    parser.add_argument("--today", default=TODAY, help="the revision whose search is compared as 'today'")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    rows, kinds_rows, answered = [], [], {}
    with tempfile.TemporaryDirectory() as temporary, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        sites = [("real site", copy_site(Path(temporary) / "real"))]
        if not options.skip_large:
            large = copy_site(Path(temporary) / "large")
            add_synthetic_concepts(large, options.concepts)
            add_generated_pages(large, options.pages, options.words)
            sites.append((f"generated ({options.pages} pages × 3 languages, {options.concepts} concepts)", large))
        for label, root in sites:
            site_rows, site_kinds, site_answered = measure(label, root, browser, options.runs, options.today)
            rows += site_rows
            kinds_rows += site_kinds
            answered[label] = site_answered
        browser.close()
    print_table("Site search: first query in a cold browser (gzip served), index build, answers to the query table",
                ["site", "search", "page", "first query: bytes", "× stock", "to results s", "slow 3G s",
                 "index build s", "index on disk", "queries right"], rows)
    print(f"\nBytes: every search request (index, workers, scripts, fragments, the site's words) with headers, from "
          f"opening the home page until the results for {FIRST_QUERY} are shown. 'to results': from the first key "
          f"typed right after the page's load event to the last change of the results panel (median of "
          f"{options.runs}); 'slow 3G': the same over 1.6 Mbit/s with 150 ms round trips. 'queries right': "
          f"the cases of tests/search_queries.py (first {TOP} pages shown, glossary entry first, no other "
          f"language, nonsense answered with nothing, and the kinds below).")
    print_table(f"First query of each kind, before #18 ({options.today}) and now",
                ["site", "page", "kind", "query", "bytes before", "bytes now", "× before",
                 "results' text before / now", "site's words now", "to results before s", "to results now s"],
                kinds_rows)
    print("\n'results' text': Pagefind's fragments of the results shown (the first ten pages and the best one "
          "checked for the match): the pages shown first now are the long syllabi about the word. 'site's "
          "words': the group of the index's words a query word typed without the language's letters needs.")
    kind_rows = [[label, KINDS[kind], *(f"{answered[label][name][kind]}/{sum(c.kind == kind for c in CASES)}"
                                        for name in APPROACHES)]
                 for label in answered for kind in KINDS]
    print_table("Queries of tests/search_queries.py answered right, per kind",
                ["site", "kind", "Material (stock)", "before #18", "now"], kind_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
