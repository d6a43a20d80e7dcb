#!/usr/bin/env python3
"""Benchmark of the downloadable documents: what a site build costs with every page's DOCX and PDF, beside the
same build without them (what `dev.py serve` and a plain build do), and what each document costs on its own.

Builds a copy of the real site twice in the same run (the baseline first, then CURRICULUM_DOCUMENTS=all, as a
published version is built), then makes every document again in this process to time each kind and format.
Run: .venv/bin/python benchmarks/documents.py
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import LANGUAGES, ROOT, copy_site, print_table, timed_build  # noqa: E402
from curriculum.checks.project import Project  # noqa: E402
from curriculum.documents.compose import Edition, compose, document_kind  # noqa: E402
from curriculum.documents.docx import to_docx  # noqa: E402
from curriculum.documents.pdf import to_pdf  # noqa: E402

EPOCH = {"SOURCE_DATE_EPOCH": "1764288000"}


def whole_site(work: Path) -> list[list[str]]:
    root = copy_site(work / "copy")
    config = root / "mkdocs.yml"
    baseline = timed_build(root, config, work / "baseline", env={**EPOCH, "CURRICULUM_DOCUMENTS": ""})
    documents = timed_build(root, config, work / "documents", env={**EPOCH, "CURRICULUM_DOCUMENTS": "all"})
    files = [p for pattern in ("*.docx", "*.pdf") for p in documents.site.rglob(pattern)]
    size = sum(p.stat().st_size for p in files) / 1024 / 1024
    return [
        ["without documents (serve, build)", f"{baseline.seconds:.1f}", "1.00", f"{baseline.peak_mb:.0f}", "0", "—"],
        ["with every document (published)", f"{documents.seconds:.1f}", f"{documents.seconds / baseline.seconds:.2f}",
         f"{documents.peak_mb:.0f}", str(len(files)), f"{size:.1f}"],
    ]


def per_document() -> list[list[str]]:
    content, problems = Project(ROOT).load()
    assert not problems, problems
    edition = Edition("2026", "2025-11-28", "https://example.kz/curriculum/2026/")
    timings: dict[tuple[str, str], list[float]] = {}
    sizes: dict[tuple[str, str], list[int]] = {}
    to_pdf(compose("plan", _page("en", "programme/structure.md"), content, "en", "x/", edition))  # fonts, imports
    for lang in LANGUAGES:
        for path in sorted((ROOT / "docs" / lang).rglob("*.md")):
            relative = path.relative_to(ROOT / "docs" / lang).as_posix()
            text = path.read_text(encoding="utf-8")
            code = re.search(r"^course: (\S+)$", text, flags=re.M)
            kind = document_kind(relative, code and code.group(1), content.curriculum)
            if not kind:
                continue
            started = time.perf_counter()
            document = compose(kind, _strip(text), content, lang, relative, edition, code and code.group(1))
            composed = time.perf_counter()
            for name, write in (("docx", to_docx), ("pdf", to_pdf)):
                begun = time.perf_counter()
                data = write(document)
                timings.setdefault((kind, name), []).append(time.perf_counter() - begun + (composed - started))
                sizes.setdefault((kind, name), []).append(len(data))
    rows = []
    for (kind, name), seconds in sorted(timings.items()):
        rows.append([kind, name, str(len(seconds)), f"{statistics.median(seconds):.2f}", f"{max(seconds):.2f}",
                     f"{statistics.median(sizes[kind, name]) / 1024:.0f}"])
    return rows


def _page(lang: str, name: str) -> str:
    return _strip((ROOT / "docs" / lang / name).read_text(encoding="utf-8"))


def _strip(text: str) -> str:
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = whole_site(Path(folder))
    print_table("Whole site, one build each (same run)", ["build", "s", "× without", "peak MB", "files", "MB"], site)
    print_table("Each document (compose + write; median and slowest of every language)",
                ["kind", "format", "documents", "median s", "max s", "median KB"], per_document())


if __name__ == "__main__":
    main()
