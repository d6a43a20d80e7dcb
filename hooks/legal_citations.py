"""Render legal citations ([[act:…]], [[history:…]], [[check]]) in the language being built, from the register."""

from pathlib import Path

from curriculum.site.build import checked_content
from curriculum.site.citations import CitationContext, CitationExtension, PageCitations

_context = CitationContext()


def on_config(config):
    if not any(isinstance(ext, CitationExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(CitationExtension(_context))
    return config


def on_page_markdown(markdown, page, config, files):
    curriculum = checked_content(Path(config.config_file_path).parent).curriculum
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    _context.current = PageCitations(curriculum.acts, lang, lambda key, lang: curriculum.label("legal", key, lang))
    return markdown
