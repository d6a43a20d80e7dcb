"""Each page shows when it last changed (from git history), written in the page's language."""

from html import escape
from pathlib import Path

from curriculum.site.build import checked_content
from curriculum.language.dates import format_timestamp
from curriculum.publishing.history import last_commit_times

_times: dict[str, int] = {}


def on_config(config):
    _times.clear()
    _times.update(last_commit_times(Path(config.config_file_path).parent))
    return config


def on_page_markdown(markdown, page, config, files):
    stamp = _times.get(f"docs/{page.file.src_uri}")
    if stamp is not None:
        lang = getattr(page.file, "locale", None) or config.theme["language"]
        label = checked_content(Path(config.config_file_path).parent).curriculum.label("ui", "last_changed", lang)
        # Material shows revision_date as HTML: the words from data/labels.yml are escaped here.
        page.meta["revision_date"] = escape(f"{label}: {format_timestamp(stamp, lang)}")
    return markdown
