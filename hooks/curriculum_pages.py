"""Render the curriculum's generated blocks and course summaries in the language being built."""

from pathlib import Path

from curriculum.build import checked_curriculum, render_blocks, render_course_page


def on_page_markdown(markdown, page, config, files):
    curriculum = checked_curriculum(Path(config.config_file_path).parent)
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    code = page.meta.get("course")
    if code:
        markdown = render_course_page(markdown, curriculum, str(code), lang, page.url)
    return render_blocks(markdown, curriculum, lang, page.url)
