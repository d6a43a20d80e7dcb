"""What a printed page says in its margins: the programme, the page (a course's code and title), the intake
year and the page's address, on every sheet (``@page`` margin boxes, which Chromium and WeasyPrint both lay out)."""

from __future__ import annotations

from curriculum.model.records import Curriculum


def version_text(curriculum: Curriculum, lang: str, version: str, short: bool = False) -> str:
    """"for students admitted in 2026" (short: "2026 intake"), or the draft's words for dev."""
    suffix = "_short" if short else ""
    if version.isdigit():
        return curriculum.label("documents", f"intake{suffix}", lang).format(year=version)
    return curriculum.label("documents", f"draft{suffix}", lang)


def running_header(curriculum: Curriculum, lang: str, page_title: str, version: str) -> str:
    """«Programme · LSG2105 Course title · 2026 intake»; the programme's own name is not repeated."""
    programme = curriculum.programme.name[lang]
    parts = [programme] + ([page_title] if page_title and page_title != programme else [])
    return " · ".join([*parts, version_text(curriculum, lang, version, short=True)])


def page_address(site_url: str, page_url: str) -> str:
    """The address a reader types to find the page again: absolute where the site's address is known."""
    return f"{site_url.rstrip('/')}/{page_url}" if site_url else f"/{page_url}"


def page_margin_css(header: str, footer: str) -> str:
    """The ``@page`` rule that prints ``header`` above and ``footer`` (the address) below every sheet."""
    return (f"@page {{ @top-left {{ content: {css_string(header)}; }} "
            f"@bottom-left {{ content: {css_string(footer)}; }} }}")


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string, safe inside an HTML ``<style>`` element (no ``</style>`` can close it)."""
    escaped = "".join(f"\\{ord(char):x} " if char in '"\\<>&\n\r' or ord(char) < 32 else char for char in text)
    return f'"{escaped}"'
