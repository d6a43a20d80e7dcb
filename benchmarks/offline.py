#!/usr/bin/env python3
"""Reading offline: what keeping one language of the site costs a reader, per language, beside the baseline
of the same run — the first visit to one course page (its HTML and every file it loads), which every reader
already pays.

For each language: the pages and files kept, the bytes stored on the device (what the offer tells the reader),
the bytes transferred when text is served gzip-compressed as GitHub Pages serves it, that as a multiple of
the course page's first visit, and the wall time to keep it in Debian's Chromium from a local server (no
network throttling: multiply the transferred bytes by your connection's speed for a rural estimate).
Run: .venv/bin/python benchmarks/offline.py
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, GzipHandler, print_table, serve, timed_build  # noqa: E402

sys.path.insert(0, str(ROOT))
from curriculum.publishing.offline import loaded_files  # noqa: E402

PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}
COURSE = "courses/lsg2105/"


def transferred(site: Path, path: str) -> int:
    file = site / (path + "index.html" if path.endswith("/") or path == "" else path)
    data = file.read_bytes()
    return len(gzip.compress(data, compresslevel=6)) if file.suffix in GzipHandler.TEXT else len(data)


def keep_seconds(url: str) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        page.goto(url)
        page.locator("details.offline > summary").click()
        page.locator("[data-offline-state=offer]").wait_for()
        started = time.perf_counter()
        page.locator("[data-offline-keep]").click()
        page.locator("[data-offline-state=kept]").wait_for(timeout=300_000)
        seconds = time.perf_counter() - started
        browser.close()
    return seconds


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        build = timed_build(ROOT, ROOT / "mkdocs.yml", Path(folder) / "site")
        site = build.site
        server, url = serve(site, GzipHandler)
        rows = []
        try:
            for lang, prefix in PREFIXES.items():
                course = site / prefix / COURSE / "index.html"
                visit = transferred(site, prefix + COURSE) + sum(transferred(site, p) for p in loaded_files(site, course))
                manifest = json.loads((site / "offline" / f"{lang}.json").read_text(encoding="utf-8"))
                sent = sum(transferred(site, path) for path, _, _ in manifest["files"])
                rows.append([lang, "one course page, first visit", "—", "—", "—", f"{visit / 1e3:,.0f} KB", "1", "—"])
                rows.append([lang, "the language kept offline", str(manifest["pages"]), str(len(manifest["files"])),
                             f"{manifest['bytes'] / 1e6:.2f} MB", f"{sent / 1e6:.2f} MB", f"{sent / visit:.1f}",
                             f"{keep_seconds(url + prefix):.1f} s"])
        finally:
            server.shutdown()
    print_table("Reading offline, per language", ["lang", "what", "pages", "files", "stored", "transferred (gzip)",
                                                   "× course page", "time to keep (local)"], rows)


if __name__ == "__main__":
    main()
