"""Wrap each page's tables at build time, as Material's script would on load, as named scroll regions
(curriculum/site/tables.py)."""

from curriculum.site.tables import wrap_tables


def on_page_content(html, page, config, files):
    return wrap_tables(html, page.title or config.site_name)
