"""A printed page says on every sheet which programme, page (a course's code and title) and intake year it
comes from, and its address: the ``@page`` margin boxes, written by curriculum/site/printing.py."""

import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from curriculum.publishing.versions import VersionError, built_version
from curriculum.site.build import checked_content
from curriculum.site.printing import page_address, page_margin_css, running_header


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    curriculum = checked_content(Path(config.config_file_path).parent).curriculum
    course = curriculum.courses.get(str(page.meta.get("course")))
    title = f"{course.code} {course.title[lang]}" if course else (page.title or "")
    try:
        version = built_version(os.environ)
    except VersionError as error:
        raise PluginError(f"MIKE_DOCS_VERSION: {error}") from None
    header = running_header(curriculum, lang, title, version)
    context["print_margins"] = page_margin_css(header, page_address(config.site_url or "", page.url))
    return context
