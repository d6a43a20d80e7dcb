"""Link glossary terms where they occur on course and programme pages, in the language being built."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from curriculum.site.build import TERM_USAGE, checked_content
from curriculum.glossary.mdext import PageTerms, TermLinkContext, TermLinkExtension, glossary_source
from curriculum.glossary.termlinks import links_terms, term_index

_context = TermLinkContext()


def on_config(config):
    if not any(isinstance(ext, TermLinkExtension) for ext in config.markdown_extensions):
        config.markdown_extensions.append(TermLinkExtension(_context))
    return config


def on_page_markdown(markdown, page, config, files):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    _context.current = None
    if links_terms(page.file.src_uri, lang):
        content = checked_content(Path(config.config_file_path).parent)
        code = page.meta.get("course")
        record = TERM_USAGE.start_page(lang, str(code)) if code else None
        glossary_page = files.get_file_from_path(glossary_source(lang))
        if glossary_page is None:
            raise PluginError(f"term links need the glossary page {glossary_source(lang)}, which is missing")
        _context.current = PageTerms(term_index(content.glossary, lang), content.glossary, lang,
                                     glossary_page.url_relative_to(page.file), record)
    return markdown
