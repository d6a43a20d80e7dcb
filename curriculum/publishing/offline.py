"""Reading offline: what a reader's device keeps of one language of a built version, and the service worker
that keeps it.

For each language, :func:`offline_manifest` lists every page of that language, every file those pages load
(styles, scripts, icons) and the language's search index (Pagefind's files and the browser's search tables),
each with its size and a hash, and the total the reader is told before agreeing. The worker
(``overrides/offline-worker.js``, which MkDocs copies to the version's root) is then written again with each
language's digest, so that a new deployment changes its bytes: the browser installs the new worker, which
fetches only the files whose hash changed and then drops the old copy.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from curriculum.languages import DEFAULT_LANGUAGE, LANGUAGES, home_url

WORKER = "offline-worker.js"
MANIFESTS = "offline"
# In the worker's source: `const LANGUAGES = /*languages*/{};` — each language's home and digest go here.
LANGUAGES_MARKER = re.compile(r"/\*languages\*/\{[^;]*\}")
SEARCH_BUNDLE = "pagefind"
SEARCH_TABLES = "assets/search-data.json"

_LOADED = re.compile(r"<(?:script|link|img|source)\b[^>]*?\s(?:src|href)=\"(?P<ref>[^\"]+)\"", re.IGNORECASE)
_NOT_A_FILE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


@dataclass(frozen=True)
class Manifest:
    language: str
    home: str                              # the language's home relative to the version's root: "", "ru/"
    files: tuple[tuple[str, int, str], ...]  # (path relative to the version's root, bytes, hash)

    @property
    def bytes(self) -> int:
        return sum(size for _, size, _ in self.files)

    @property
    def build(self) -> str:
        lines = "\n".join(f"{path} {size} {digest}" for path, size, digest in self.files)
        return hashlib.sha256(lines.encode("utf-8")).hexdigest()[:16]

    @property
    def pages(self) -> int:
        return sum(1 for path, _, _ in self.files if path == self.home or path.endswith("/"))

    def as_dict(self) -> dict:
        return {"language": self.language, "home": self.home, "build": self.build, "bytes": self.bytes,
                "pages": self.pages, "files": [list(entry) for entry in self.files]}


def language_of(path: str) -> str:
    """The language a site-relative path belongs to: its first folder if that is a language's, else the default."""
    first = path.split("/", 1)[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def page_files(site: Path, lang: str) -> list[Path]:
    """Every page of the language (an index.html outside the assets and the search bundle)."""
    pages = []
    for path in sorted(site.rglob("index.html")):
        relative = path.relative_to(site).as_posix()
        if relative.split("/", 1)[0] in ("assets", SEARCH_BUNDLE) or language_of(relative) != lang:
            continue
        pages.append(path)
    return pages


def loaded_files(site: Path, page: Path) -> set[str]:
    """The files of the site that a page loads (scripts, styles, icons, images), site-relative; other pages
    it links (previous, next, canonical) are not files it loads."""
    base = page.parent.relative_to(site).as_posix()
    found = set()
    for match in _LOADED.finditer(page.read_text(encoding="utf-8")):
        reference = match["ref"].split("#", 1)[0].split("?", 1)[0]
        if not reference or _NOT_A_FILE.match(reference) or reference.startswith("/"):
            continue
        target = posixpath.normpath(posixpath.join(base, reference))
        if target.startswith("..") or not (site / target).is_file():
            continue
        found.add(target)
    return found


def search_files(site: Path, lang: str) -> set[str]:
    """The language's search: Pagefind's scripts, its engine for the language, the language's index, filters
    and fragments (Pagefind names them after the language), and the browser's search tables."""
    bundle = site / SEARCH_BUNDLE
    if not bundle.is_dir():
        return set()
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    index = entry["languages"].get(lang)
    if index is None:
        return set()
    names = {"pagefind-entry.json", f"wasm.{index.get('wasm') or 'unknown'}.pagefind", f"pagefind.{index['hash']}.pf_meta"}
    names |= {path.name for path in bundle.glob("*.js")}
    found = {f"{SEARCH_BUNDLE}/{name}" for name in names if (bundle / name).is_file()}
    for folder in ("index", "filter", "fragment"):
        found |= {f"{SEARCH_BUNDLE}/{folder}/{path.name}" for path in (bundle / folder).glob(f"{lang}_*")}
    if (site / SEARCH_TABLES).is_file():
        found.add(SEARCH_TABLES)
    return found


def offline_manifest(site: Path, lang: str) -> Manifest:
    site = Path(site)
    entries: dict[str, Path] = {}
    assets: set[str] = set()
    for page in page_files(site, lang):
        relative = page.parent.relative_to(site).as_posix()
        entries["" if relative == "." else relative + "/"] = page
        assets |= loaded_files(site, page)
    for path in sorted(assets | search_files(site, lang)):
        if not path.endswith(".html"):
            entries[path] = site / path
    files = tuple((path, file.stat().st_size, hashlib.sha256(file.read_bytes()).hexdigest()[:12])
                  for path, file in sorted(entries.items()))
    return Manifest(lang, home_url(lang), files)


def write_offline_bundle(site: Path, languages=LANGUAGES) -> dict[str, Manifest]:
    """offline/<lang>.json for each language built, and the worker at the version's root with their digests."""
    site = Path(site)
    worker = site / WORKER
    if not worker.is_file():
        raise FileNotFoundError(f"{worker}: the offline worker is missing (MkDocs copies overrides/{WORKER})")
    folder = site / MANIFESTS
    folder.mkdir(exist_ok=True)
    manifests = {}
    for lang in languages:
        manifest = offline_manifest(site, lang)
        if not manifest.files:
            continue  # a one-language build (ONLY_LANG) has no pages of the others
        manifests[lang] = manifest
        (folder / f"{lang}.json").write_text(json.dumps(manifest.as_dict(), ensure_ascii=False, separators=(",", ":")) + "\n",
                                             encoding="utf-8")
    described = json.dumps({lang: [m.home, m.build] for lang, m in manifests.items()}, ensure_ascii=False)
    source = worker.read_text(encoding="utf-8")
    if not LANGUAGES_MARKER.search(source):
        raise ValueError(f"{worker}: no /*languages*/{{}} marker to write the languages' digests into")
    worker.write_text(LANGUAGES_MARKER.sub(lambda _: f"/*languages*/{described}", source, count=1), encoding="utf-8")
    return manifests
