#!/usr/bin/env python3
"""Lighthouse (mobile preset) on the home, a course and the glossary page in Kazakh: this site against the
same pages built with a stock Material + static-i18n configuration, in the same run.

Both sites are served as GitHub Pages serves them (text gzip-compressed). Each page is measured --runs times
(default 3) and the median run is kept (performance varies by several points from run to run); it prints
the four category scores, the total blocking time, and the bytes transferred and after decompression.
Needs Node 20 and the npm registry (npx fetches lighthouse@12.2.3 into npm's cache) and Debian's chromium.
Run: .venv/bin/python benchmarks/lighthouse.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import GzipHandler, copy_site, print_table, serve, stock_config, timed_build  # noqa: E402

LIGHTHOUSE = "lighthouse@12.2.3"
PAGES = {"home": "", "course": "courses/lsg2105/", "glossary": "glossary/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")


def lighthouse(url: str, output: Path) -> dict:
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    command = ["npx", "--yes", LIGHTHOUSE, url, "--output=json", f"--output-path={output}", "--quiet",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)]
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium}, stdout=subprocess.DEVNULL)
    report = json.loads(output.read_text(encoding="utf-8"))
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    audits = report["audits"]
    transferred = audits["total-byte-weight"]["numericValue"]
    decoded = sum(item.get("resourceSize") or 0 for item in audits["network-requests"]["details"]["items"])
    return {**scores, "tbt": audits["total-blocking-time"]["numericValue"], "kb": transferred / 1024,
            "kb_decoded": decoded / 1024}


def median_run(url: str, folder: Path, runs: int) -> dict:
    results = sorted((lighthouse(url, folder / f"run-{number}.json") for number in range(runs)),
                     key=lambda result: result["performance"])
    return results[len(results) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (the median is kept)")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        ours = copy_site(Path(temporary) / "ours")
        timed_build(ours, ours / "mkdocs.yml", ours / "site")
        stock = copy_site(Path(temporary) / "stock")
        shutil.rmtree(stock / "hooks")
        for extra in ("main.html", "partials/header.html", "partials/search-pagefind.html"):
            (stock / "overrides" / extra).unlink(missing_ok=True)
        config = stock_config(stock)
        timed_build(stock, config, stock / "site")
        for label, site in (("stock Material + static-i18n", stock / "site"), ("this site", ours / "site")):
            server, base = serve(site, GzipHandler)
            try:
                for name, path in PAGES.items():
                    reports = Path(temporary) / "reports" / f"{label[:4]}-{name}"
                    reports.mkdir(parents=True)
                    result = median_run(base + path, reports, options.runs)
                    rows.append([name, label, *(str(result[c]) for c in CATEGORIES), f"{result['tbt']:.0f}",
                                 f"{result['kb']:.0f}", f"{result['kb_decoded']:.0f}"])
                    print(f"  {label}: {name} done", file=sys.stderr)
            finally:
                server.shutdown()
    rows.sort(key=lambda row: (list(PAGES).index(row[0]), row[1] != "stock Material + static-i18n"))
    print_table(f"Lighthouse, mobile preset, Kazakh pages (kk), served gzip-compressed, median of {options.runs} runs, "
                "same run", ["page", "build", "performance", "accessibility", "best practices", "SEO", "TBT ms",
                             "KB transferred", "KB decompressed"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
