"""The glossary page in the language being built, and the termbase's CSV and TBX downloads."""

from pathlib import Path

from curriculum.build import checked_content, render_glossary
from curriculum.glossary_render import glossary_csv, glossary_tbx


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).parent
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    return render_glossary(markdown, checked_content(root), lang, page.url, Path(config.docs_dir))


def on_post_build(config):
    content = checked_content(Path(config.config_file_path).parent)
    folder = Path(config.site_dir) / "glossary"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "glossary.csv").write_text(glossary_csv(content.glossary), encoding="utf-8")
    (folder / "glossary.tbx").write_text(glossary_tbx(content.glossary, content.curriculum.sources), encoding="utf-8")
