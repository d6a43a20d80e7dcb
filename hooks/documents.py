"""Downloadable DOCX and PDF of the full syllabi, the passport and the study plan, with a download button on
each page — only when the build is asked for them (curriculum/documents/files.py: CURRICULUM_DOCUMENTS)."""

import datetime
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from curriculum.documents.adoption import adoption
from curriculum.documents.compose import Edition, compose, document_kind, file_stem, page_path
from curriculum.documents.files import VARIABLE, Selection, document_files, download_buttons, read_selection, with_downloads
from curriculum.model.problems import ProblemsFound
from curriculum.publishing.versions import VersionError, built_version
from curriculum.site.build import checked_content

_build = {"selection": Selection(), "edition": None}
_made: dict[str, list] = {}  # page URL → its files, from the page's Markdown to its HTML


def on_config(config):
    content = checked_content(Path(config.config_file_path).parent)
    selection, problems = read_selection(os.environ.get(VARIABLE), content.curriculum)
    if problems:
        raise PluginError(str(ProblemsFound(problems)))
    _build["selection"] = selection
    _build["edition"] = Edition(version=_version(), built=_build_day(),
                                site_url=config.site_url or adoption(content.curriculum).site_url or "")
    return config


# The page's own Markdown, before the other hooks expand its generated blocks and its course summary.
@event_priority(100)
def on_page_markdown(markdown, page, config, files):
    if not _build["selection"]:
        return markdown
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    path = page_path(page.file.src_uri, lang)
    content = checked_content(Path(config.config_file_path).parent)
    code = page.meta.get("course")
    kind = document_kind(path, code, content.curriculum)
    if kind and _build["selection"].includes(path):
        edition = _build["edition"]
        document = compose(kind, markdown, content, lang, page.url, edition, code and str(code))
        _made[page.url] = document_files(document, file_stem(kind, lang, edition.version, code and str(code)))
    return markdown


def on_page_content(html, page, config, files):
    made = _made.pop(page.url, None)
    if not made:
        return html
    folder = Path(config.site_dir) / page.url
    folder.mkdir(parents=True, exist_ok=True)
    for file in made:
        (folder / file.name).write_bytes(file.data)
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    curriculum = checked_content(Path(config.config_file_path).parent).curriculum
    return with_downloads(html, download_buttons(made, curriculum, lang))


def _version() -> str:
    try:
        return built_version(os.environ)
    except VersionError as error:
        raise PluginError(f"MIKE_DOCS_VERSION: {error}") from None


def _build_day() -> str:
    """Today, or the day of SOURCE_DATE_EPOCH for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc) if epoch
              else datetime.datetime.now(tz=datetime.timezone.utc))
    return moment.date().isoformat()
