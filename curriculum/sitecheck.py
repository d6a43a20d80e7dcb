"""Checks over the built site that MkDocs itself does not make."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

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
