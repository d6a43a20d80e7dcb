"""File each page in the search under its title's key and its course code's (curriculum/search/index.py's
page_keys), so that a query for a course code, a course title or a page's title finds that page first."""

from curriculum.search.index import page_keys


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    context["search_keys"] = page_keys(page.content or "", page.meta.get("course"), lang)
    return context
