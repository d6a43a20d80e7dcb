"""Header language switcher: the same page in the other languages, by relative links.

mkdocs-static-i18n leaves the home page's links absolute (from site_url, or "/" without it), which
breaks under a sub-path or a version; this hook replaces every page's links with relative ones.
"""

from mkdocs.plugins import event_priority

from curriculum.site.switcher import set_switcher_links


# After mkdocs-static-i18n's own on_page_context, which sets the links this replaces.
@event_priority(-100)
def on_page_context(context, page, config, nav):
    alternates = getattr(page.file, "alternates", {}) or {}
    urls = {lang: alternate.url for lang, alternate in alternates.items()}
    set_switcher_links(config.extra, urls)
    return context
