"""The glossary page in the language being built, its "used in" links, and the CSV and TBX downloads (each with
the licence and the attribution line: the TBX in its header, the CSV in its CSV-on-the-Web metadata file)."""

from pathlib import Path

from curriculum.site.build import checked_content, finish_glossary, render_glossary
from curriculum.model.licence import attributions
from curriculum.site.glossary_page import CSV_METADATA, glossary_csv, glossary_csv_metadata, glossary_tbx


def on_page_markdown(markdown, page, config, files):
    content = checked_content(Path(config.config_file_path).parent)
    return render_glossary(markdown, content, _language(page, config), page.url)


def on_post_page(output, page, config):
    # Runs after every page's Markdown has been rendered, so every course page has linked its terms.
    if "<!--used-in:" not in output:
        return output
    content = checked_content(Path(config.config_file_path).parent)
    return finish_glossary(output, content, _language(page, config), page.url)


def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # another language's build: the downloads hold every language, written once
    content = checked_content(Path(config.config_file_path).parent)
    folder = Path(config.site_dir) / "glossary"
    folder.mkdir(parents=True, exist_ok=True)
    attribution = attributions(content.curriculum, config.site_url)
    (folder / "glossary.csv").write_text(glossary_csv(content.glossary), encoding="utf-8")
    (folder / CSV_METADATA).write_text(glossary_csv_metadata(attribution), encoding="utf-8")
    (folder / "glossary.tbx").write_text(glossary_tbx(content.glossary, content.curriculum.acts, attribution),
                                         encoding="utf-8")


def _language(page, config):
    return getattr(page.file, "locale", None) or config.theme["language"]
