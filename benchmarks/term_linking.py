#!/usr/bin/env python3
"""Benchmark of glossary term linking: no linking, Material's abbr + snippets auto_append, and ours.

Builds the real site and a generated large one (300 concepts, 200 pages of about 1,500 words per
language), each language on its own (ONLY_LANG) so the abbr baseline gets its own language's
definitions, and prints build time, peak memory, ratios to the no-linking build, and how many term
occurrences each approach marked. Run: .venv/bin/python benchmarks/term_linking.py [--pages N] [--words N]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import (LANGUAGES, add_generated_pages, add_synthetic_concepts, copy_site, count_in_site,  # noqa: E402
                    print_table, timed_build)
from curriculum.glossary.termbase import load_glossary  # noqa: E402

OURS_HOOK = "  - hooks/glossary_links.py\n"


def write_variants(root: Path) -> dict[str, dict[str, Path]]:
    """mkdocs config per approach and language."""
    base = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert OURS_HOOK in base, "the glossary_links hook is not where the benchmark expects it"
    without = base.replace(OURS_HOOK, "")
    glossary, _ = load_glossary(root / "data")
    variants: dict[str, dict[str, Path]] = {"none": {}, "abbr": {}, "ours": {}}
    for lang in LANGUAGES:
        # Material's documented set-up: a file of *[term]: definition lines appended to every page. The
        # definitions are separated by blank lines: on consecutive lines Python-Markdown goes quadratic.
        abbreviations = root / f"abbreviations.{lang}.md"
        lines = []
        for concept in glossary.concepts.values():
            definition = concept.terms[lang].definition.replace("]", ")")
            for name in concept.terms[lang].names():
                lines.append(f"*[{name}]: {definition}")
        abbreviations.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        abbr = without.replace("markdown_extensions:\n", "markdown_extensions:\n  - pymdownx.snippets:\n"
                                                          f"      auto_append: [{abbreviations}]\n", 1)
        for name, text in (("none", without), ("abbr", abbr), ("ours", base)):
            path = root / f"mkdocs.{name}.{lang}.yml"
            path.write_text(text, encoding="utf-8")
            variants[name][lang] = path
    return variants


def measure(root: Path, label: str) -> list[list[str]]:
    variants = write_variants(root)
    results = {}
    for name, configs in variants.items():
        seconds = peak = 0.0
        marked = inflected = 0
        for lang, config in configs.items():
            build = timed_build(root, config, root / f"site-{name}-{lang}", env={"ONLY_LANG": lang})
            seconds += build.seconds
            peak = max(peak, build.peak_mb)
            if name == "abbr":
                marked += count_in_site(build.site, r"<abbr title=")
            elif name == "ours":
                marked += count_in_site(build.site, r'class="glossary-term"')
                inflected += _inflected_links(build.site, root, lang)
        results[name] = (seconds, peak, marked, inflected)
        print(f"  {label}: {name} built in {seconds:.1f} s", file=sys.stderr)
    base_seconds, base_peak = results["none"][:2]
    rows = []
    for name, (seconds, peak, marked, inflected) in results.items():
        rows.append([label, name, f"{seconds:.1f}", f"{seconds / base_seconds:.2f}", f"{peak:.0f}",
                     f"{peak / base_peak:.2f}", str(marked) if name != "none" else "—",
                     str(inflected) if name == "ours" else "—"])
    return rows


def _inflected_links(site: Path, root: Path, lang: str) -> int:
    """Links whose text is not exactly a term, synonym or abbreviation: the occurrences abbr cannot mark."""
    glossary, _ = load_glossary(root / "data")
    exact = {name.casefold() for c in glossary.concepts.values() for name in c.terms[lang].names()}
    pattern = re.compile(r'class="glossary-term"[^>]*>([^<]+)</a>')
    return sum(1 for page in site.rglob("*.html") for text in pattern.findall(page.read_text(encoding="utf-8"))
               if text.casefold() not in exact)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="generated pages per language")
    parser.add_argument("--words", type=int, default=1500, help="words per generated page")
    parser.add_argument("--concepts", type=int, default=300, help="concepts in the generated site's termbase")
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        real = copy_site(Path(temporary) / "real")
        rows += measure(real, "real site")
        large = copy_site(Path(temporary) / "large")
        add_synthetic_concepts(large, options.concepts)
        add_generated_pages(large, options.pages, options.words)
        rows += measure(large, f"generated ({options.pages} pages × 3 languages, {options.concepts} concepts)")
    print_table("Term linking: build time and peak memory, each approach against no linking (same run)",
                ["site", "approach", "build s", "× none", "peak MB", "× none", "occurrences marked",
                 "inflected (abbr cannot)"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
