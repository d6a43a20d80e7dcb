"""The contributors' page that shows, for every page, whether each translation is up to date."""

from pathlib import Path

from curriculum.site.blocks import expand_markers
from curriculum.legal.review import checks_per_language
from curriculum.site.build import checked_content
from curriculum.site.render import Links, translation_status_table
from curriculum.language.translation_status import translation_status


def on_page_markdown(markdown, page, config, files):
    if "<!-- contributing:translation-status -->" not in markdown:
        return markdown
    content = checked_content(Path(config.config_file_path).parent)
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    statuses = translation_status(Path(config.docs_dir))
    checks = checks_per_language(content.citations)
    render = lambda: translation_status_table(statuses, content.curriculum, lang, Links(page.url), checks)
    return expand_markers(markdown, {"contributing:translation-status": render})
