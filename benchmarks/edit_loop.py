#!/usr/bin/env python3
"""The contributor's edit loop: from saving a page to seeing it reloaded in the browser under `mkdocs serve`, and
the full build — this site beside stock Material (+ static-i18n, as documented) on the same Markdown, in the same
run — then where this site's full build spends its time.

Each server is started on a copy of the site and a course page opened in Chromium; a paragraph of the Russian
page is changed --edits times (default 5), a few seconds apart as a writer saves, and the time from the save to
the reloaded page showing the new words is taken (median, and the range). For this site it also prints when the
full build in the background had caught up. Run on a quiet machine: .venv/bin/python benchmarks/edit_loop.py
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, copy_site, print_table, stock_config, timed_build  # noqa: E402

PAGE = ("ru", "courses/lsg2105")
ANCHOR = "## Цели дисциплины"
PAUSE_SECONDS = 4.0  # between saves, as a writer reads what changed
# Where the full build's time goes: (phase, file, function) of the profile; cumulative times, the phases disjoint.
PHASES = [
    ("checks before the build (dev.py check)", "curriculum/site/build.py", "check_content"),
    ("Markdown to HTML, term links and citations included", "mkdocs/structure/pages.py", "render"),
    ("generated blocks and course summaries", "hooks/curriculum_pages.py", "on_page_markdown"),
    ("page templates (Jinja), policy included", "mkdocs/commands/build.py", "_build_page"),
    ("search index (Pagefind, three languages)", "hooks/search_index.py", "on_post_build"),
    ("theme's files listed and copied", "mkdocs/structure/files.py", "add_files_from_theme"),
    ("static files copied", "mkdocs/structure/files.py", "copy_static_files"),
    ("languages: files and navigation per language", "mkdocs_static_i18n/plugin.py", "on_files"),
    ("configuration loaded", "mkdocs/config/base.py", "load_config"),
    ("dates of last change (git log)", "curriculum/publishing/history.py", "last_commit_times"),
    ("Content Security Policy of every page (last sweep)", "curriculum/site/policy.py", "apply_to_folder"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure_reloads(root: Path, config: Path, edits: int, browser) -> tuple[list[float], float | None, float]:
    """Seconds from each save to the reloaded page showing it; seconds from the last save until the background
    build caught up (this site only); seconds the server took to start (its first full build)."""
    port = free_port()
    log = root / "serve.log"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    environment.pop("ONLY_LANG", None)
    started = time.perf_counter()
    with open(log, "w", encoding="utf-8") as output:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                                   "--config-file", str(config)], cwd=root, env=environment,
                                  stdout=output, stderr=subprocess.STDOUT)
    try:
        while "Serving on" not in log.read_text(encoding="utf-8"):
            if server.poll() is not None:
                raise RuntimeError(log.read_text(encoding="utf-8")[-3000:])
            time.sleep(0.2)
        startup = time.perf_counter() - started
        context = browser.new_context()
        tab = context.new_page()
        lang, page = PAGE
        tab.goto(f"http://127.0.0.1:{port}/{lang}/{page}/")
        tab.wait_for_load_state("load")
        time.sleep(PAUSE_SECONDS)
        source = root / "docs" / lang / f"{page}.md"
        original = source.read_text(encoding="utf-8")
        times = []
        for number in range(1, edits + 1):
            words = f"Правка номер {number} для замера."
            caught_up_before = log.read_text(encoding="utf-8").count("caught up")
            with tab.expect_navigation(timeout=300_000):
                saved = time.perf_counter()
                source.write_text(original.replace(ANCHOR, f"{words}\n\n{ANCHOR}", 1), encoding="utf-8")
            tab.get_by_text(words).wait_for(timeout=300_000)
            times.append(time.perf_counter() - saved)
            if number < edits:
                time.sleep(PAUSE_SECONDS)
        caught_up = None
        if "hooks/fast_reload" in log.read_text(encoding="utf-8"):  # the background build of the last save
            while (log.read_text(encoding="utf-8").count("caught up") == caught_up_before
                   and time.perf_counter() - saved < 600):
                time.sleep(0.1)
            caught_up = time.perf_counter() - saved
        context.close()
        return times, caught_up, startup
    finally:
        server.terminate()
        server.wait(timeout=60)


def where_the_time_goes(root: Path, temporary: Path) -> tuple[float, list[tuple[str, float]]]:
    """The full build under the profiler; cumulative seconds of each phase (the profiler slows everything alike)."""
    profile = temporary / "build.prof"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "mkdocs", "build", "--quiet",
                    "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(temporary / "profiled")],
                   cwd=root, env=environment, check=True)
    stats = pstats.Stats(str(profile)).stats
    total = max(cumulative for (_, _, _), (_, _, _, cumulative, _) in stats.items())
    phases = []
    for label, file, function in PHASES:
        seconds = sum(entry[3] for (path, _, name), entry in stats.items()
                      if name == function and path.replace(os.sep, "/").endswith(file))
        phases.append((label, seconds))
    return total, phases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=5)
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import CHROMIUM_ARGS

    with tempfile.TemporaryDirectory(prefix="edit-loop-") as folder:
        temporary = Path(folder)
        ours = copy_site(temporary / "ours")
        stock = copy_site(temporary / "stock")
        stock_yml = stock_config(stock)
        builds = {"stock": timed_build(stock, stock_yml, temporary / "stock-site").seconds,
                  "ours": timed_build(ours, ours / "mkdocs.yml", temporary / "ours-site").seconds}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM") or shutil.which("chromium"),
                                                 args=CHROMIUM_ARGS)
            stock_times, _, stock_start = measure_reloads(stock, stock_yml, options.edits, browser)
            our_times, caught_up, our_start = measure_reloads(ours, ours / "mkdocs.yml", options.edits, browser)
            browser.close()
        total, phases = where_the_time_goes(ours, temporary)

    def spread(times):
        return f"{statistics.median(times):.1f} ({min(times):.1f}–{max(times):.1f})"

    print_table(f"Edit loop — median of {options.edits} saves of docs/{PAGE[0]}/{PAGE[1]}.md, seconds (range)",
                ["", "stock Material", "this site", "× stock"], [
                    ["full build (mkdocs build)", f"{builds['stock']:.1f}", f"{builds['ours']:.1f}",
                     f"{builds['ours'] / builds['stock']:.2f}"],
                    ["serve: start (first full build)", f"{stock_start:.1f}", f"{our_start:.1f}",
                     f"{our_start / stock_start:.2f}"],
                    ["serve: save → page reloaded", spread(stock_times), spread(our_times),
                     f"{statistics.median(our_times) / statistics.median(stock_times):.2f}"],
                    ["serve: save → full build caught up", "= reload", f"{caught_up:.1f}" if caught_up else "—", ""],
                ])
    print_table(f"Where this site's full build spends its time (under the profiler: {total:.1f} s in all)",
                ["phase", "s", "share"], [[label, f"{seconds:.1f}", f"{seconds / total:.0%}"] for label, seconds in phases])
    return 0


if __name__ == "__main__":
    sys.exit(main())
