"""Shared pieces of the benchmark scripts: a copy of the site to change, a generated large site,
and a build measured for wall time and peak memory."""

from __future__ import annotations

import functools
import gzip
import io
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("kk", "ru", "en")
SITE_PARTS = ("mkdocs.yml", "CITATION.cff", "hooks", "overrides", "docs", "data")


def copy_site(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, dirs_exist_ok=True)
        else:
            shutil.copy(source, target / part)
    return target


@dataclass
class Build:
    seconds: float
    peak_mb: float
    site: Path


def timed_build(root: Path, config: Path, site: Path, env: dict | None = None) -> Build:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config),
                                "--site-dir", str(site)], cwd=root, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"build of {config} failed:\n{output.decode()[-3000:]}")
    return Build(seconds, usage.ru_maxrss / 1024, site)


def stock_config(root: Path) -> Path:
    """Material + static-i18n as their documentation sets them up: no hooks, no overrides but the Kazakh
    interface strings (Material has none, and kk cannot build without them)."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    lines, skipping = [], False
    for line in text.splitlines():
        if line.startswith(("hooks:", "extra_css:", "extra_javascript:", "repo_url:", "edit_uri:", "validation:")):
            skipping = True
            continue
        if skipping and (line.startswith("  ") or not line.strip()):
            continue
        skipping = False
        if line.strip() in ("font: false", "- content.action.edit", "strict: true"):
            continue  # strict: the stock build does not render the markers and citations the pages link to
        lines.append(line)
    config = "\n".join(lines) + "\n"
    if "  - search" not in config:
        config = config.replace("plugins:\n", "plugins:\n  - search\n", 1)
    path = root / "mkdocs.stock.yml"
    path.write_text(config, encoding="utf-8")
    (root / "data").rename(root / "data.unused")  # the stock site knows nothing of the data
    return path


def words_of(lang: str) -> list[str]:
    """Ordinary words of the language, taken from the real course pages (the filler of generated pages)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / lang / "courses").glob("*.md")))
    return re.findall(r"[^\W\d_]{3,}", re.sub(r"\{[^}]*\}|\([^)]*\)|<[^>]*>", " ", text))


def add_synthetic_concepts(root: Path, total: int) -> None:
    """Top the real termbase up to ``total`` concepts with generated ones (unique terms per language)."""
    folder = root / "data" / "glossary"
    existing = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in folder.glob("*.yml"))
    rng = random.Random(7)
    stems = {"kk": "сынақ", "ru": "тестовый", "en": "benchmark"}
    extra = []
    for number in range(max(0, total - existing)):
        cyrillic = "".join(rng.choice("абвгдежзиклмнопрстуфх") for _ in range(6))
        latin = "".join(rng.choice("bcdfghjklmnprstvz") for _ in range(6))
        extra.append({"id": f"bench-{number}",
                      "kk": {"term": f"{stems['kk']} {cyrillic}", "definition": "Бенчмарк үшін жасалған ұғым."},
                      "ru": {"term": f"{stems['ru']} {cyrillic}", "definition": "Понятие, созданное для замера."},
                      "en": {"term": f"{stems['en']} {latin}", "definition": "A concept generated for the benchmark."}})
    if extra:
        (folder / "zz-benchmark.yml").write_text(yaml.safe_dump(extra, allow_unicode=True), encoding="utf-8")


def add_generated_pages(root: Path, pages: int, words: int, term_share: float = 0.04) -> None:
    """``pages`` programme pages per language of about ``words`` words, glossary terms in inflected forms."""
    sys.path.insert(0, str(ROOT))
    from curriculum.glossary.termbase import load_glossary
    from curriculum.language.morphology import forms

    glossary, _ = load_glossary(root / "data")
    for lang in LANGUAGES:
        rng = random.Random(f"pages-{lang}")
        filler = words_of(lang)
        term_forms = [form for concept in glossary.concepts.values()
                      for form in forms(concept.terms[lang].term, lang)]
        folder = root / "docs" / lang / "programme" / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(1, pages + 1):
            paragraphs, count = [], 0
            while count < words:
                sentence = []
                for _ in range(rng.randint(10, 18)):
                    sentence.append(rng.choice(term_forms) if rng.random() < term_share else rng.choice(filler))
                count += sum(len(part.split()) for part in sentence)
                paragraphs.append(" ".join(sentence).capitalize() + ".")
            body = "\n\n".join(" ".join(paragraphs[i:i + 5]) for i in range(0, len(paragraphs), 5))
            (folder / f"p{number:03}.md").write_text(f"# {lang.upper()} {number}\n\n## Бөлім {{ #part }}\n\n{body}\n",
                                                     encoding="utf-8")


def count_in_site(site: Path, pattern: str) -> int:
    expression = re.compile(pattern)
    return sum(len(expression.findall(p.read_text(encoding="utf-8"))) for p in site.rglob("*.html"))


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class GzipHandler(QuietHandler):
    """Text files gzip-compressed, as GitHub Pages serves them."""

    TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in self.TEXT or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(folder: Path, handler: type = QuietHandler, path: str = "/") -> tuple[ThreadingHTTPServer, str]:
    """``folder`` served on 127.0.0.1 (any free port) in a background thread; returns the server and its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{path}"
