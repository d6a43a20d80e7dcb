"""Reading offline: each page's offer to keep its language on the reader's device (the words, in the page's
language, and where the worker and the list of files are), and, once every language is built, the lists and
the worker with their digests (curriculum/publishing/offline.py)."""

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from curriculum.publishing.offline import MANIFESTS, WORKER, write_offline_bundle
from curriculum.site.build import checked_content

log = get_plugin_logger(__name__)
_WORDS = ("open", "offer", "keep", "saving", "kept", "remove", "failed", "megabytes")


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    curriculum = checked_content(Path(config.config_file_path).parent).curriculum
    context["offline"] = {
        "words": {word: curriculum.label("offline", word, lang) for word in _WORDS},
        "language": lang, "worker": WORKER, "manifest": f"{MANIFESTS}/{lang}.json",
    }
    return context


# After the search index (hooks/search_index.py, priority -200): the lists include its files.
@event_priority(-300)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language of several: the outer build sees them all
    manifests = write_offline_bundle(Path(config.site_dir))
    log.info("Offline reading: " + ", ".join(f"{lang} {m.pages} pages, {m.bytes / 1e6:.1f} MB"
                                             for lang, m in manifests.items()))
