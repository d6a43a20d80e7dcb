"""Render the curriculum's generated blocks and course summaries in the language being built."""

from pathlib import Path

from curriculum.site.blocks import takes_full_width
from curriculum.site.build import checked_content, render_blocks, render_course_page


def on_page_markdown(markdown, page, config, files):
    content = checked_content(Path(config.config_file_path).parent)
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    code = page.meta.get("course")
    if code:
        markdown = render_course_page(markdown, content, str(code), lang, page.url)
    if takes_full_width(markdown):
        # Material hides the table of contents of a page whose front matter says `hide: [toc]`.
        page.meta["hide"] = sorted({*page.meta.get("hide", []), "toc"})
    return render_blocks(markdown, content, lang, page.url, page.canonical_url)
