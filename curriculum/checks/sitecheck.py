"""Checks over the built site that MkDocs itself does not make."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes through which a page makes the browser fetch something (links a reader clicks are not fetched).
_FETCHING = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
}
_FETCHING_LINK_RELS = {"stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch",
                       "modulepreload", "manifest", "apple-touch-icon", "shortcut"}
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def is_other_host(url: str) -> bool:
    url = url.strip()
    parts = urlsplit(url)
    return bool(parts.netloc) or url.startswith("//")


class _AssetCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[tuple[int, str]] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        line = self.getpos()[0]
        for name in _FETCHING.get(tag, ()):
            value = attributes.get(name) or ""
            for candidate in value.split(","):
                if candidate.strip():
                    self.urls.append((line, candidate.strip().split()[0]))
        if tag == "link":
            rels = set((attributes.get("rel") or "").lower().split())
            if rels & _FETCHING_LINK_RELS and attributes.get("href"):
                self.urls.append((line, attributes["href"]))
        if attributes.get("style"):
            self.urls.extend((line, url) for url in _CSS_URL.findall(attributes["style"]))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            line = self.getpos()[0]
            self.urls.extend((line, url) for url in _CSS_URL.findall(data))


def external_assets_in_html(html: str) -> list[tuple[int, str]]:
    """(line, url) of every resource the page would fetch from another host."""
    collector = _AssetCollector()
    collector.feed(html)
    return [(line, url) for line, url in collector.urls if is_other_host(url)]


def external_urls_in_css(css: str) -> list[str]:
    return [url for url in _CSS_URL.findall(css) if is_other_host(url)]


class _LinkCollector(HTMLParser):
    """Hrefs of links and the ids a page defines."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[int, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name"):
            if attributes.get(key) and (key == "id" or tag == "a"):
                self.ids.add(attributes[key])
        if tag == "a" and attributes.get("href") is not None:
            self.links.append((self.getpos()[0], attributes["href"]))


def _target_file(site_dir: Path, page: Path, path: str, base_path: str) -> Path | None:
    if path.startswith("/"):
        # Root-absolute links (MkDocs writes them on 404.html, which is served at any address) are
        # relative to the path the site is built for.
        if not path.startswith(base_path):
            return None
        target = (site_dir / unquote(path[len(base_path):])).resolve()
    else:
        target = (page.parent / unquote(path)).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    try:
        target.relative_to(site_dir.resolve())
    except ValueError:
        return None
    return target


def broken_links(site_dir: Path, base_path: str = "/") -> list[str]:
    """Every internal link or anchor that does not resolve, as 'page:line: href — why'.

    ``base_path`` is the URL path the site was built for (the path of site_url; "/" without one)."""
    site_dir = Path(site_dir)
    pages = {p.resolve(): p for p in site_dir.rglob("*.html")}
    parsed: dict[Path, _LinkCollector] = {}

    def parse(path: Path) -> _LinkCollector:
        if path not in parsed:
            collector = _LinkCollector()
            collector.feed(path.read_text(encoding="utf-8"))
            parsed[path] = collector
        return parsed[path]

    problems = []
    for resolved, page in sorted(pages.items()):
        shown = page.relative_to(site_dir).as_posix()
        for line, href in parse(resolved).links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "javascript:")):
                continue
            target = _target_file(site_dir, resolved, parts.path, base_path)
            if target is None:
                problems.append(f"{shown}:{line}: {href} — leaves the site")
            elif not target.exists():
                problems.append(f"{shown}:{line}: {href} — no such page or file")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in parse(target.resolve()).ids:
                problems.append(f"{shown}:{line}: {href} — no element with id '{unquote(parts.fragment)}'")
    return problems
