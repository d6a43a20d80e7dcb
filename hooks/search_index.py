"""Build the site search's index (Pagefind, one index per language) once every language is built.

mkdocs-static-i18n builds the other languages inside its own on_post_build, each build firing this
event again; only the outermost call, after all of them, sees the whole site."""

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from curriculum.site.build import checked_content
from curriculum.search.index import build_search_index

log = get_plugin_logger(__name__)


# After static-i18n's own on_post_build (priority -100), which builds the other languages.
@event_priority(-200)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language of several: the outer build indexes them all
    content = checked_content(Path(config.config_file_path).parent)
    summary = build_search_index(Path(config.site_dir), content.glossary)
    log.info(f"Search index: {summary.pages} pages and {summary.records} glossary entries "
             f"in {', '.join(summary.languages)}")
