"""The footer's "Made with Material for MkDocs" in the page's language (data/labels.yml, footer.made_with)."""

from pathlib import Path

from curriculum.site.build import checked_content


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    words = checked_content(Path(config.config_file_path).parent).curriculum.label("footer", "made_with", lang)
    before, _, after = words.partition("{link}")
    context["made_with"] = {"before": before, "after": after}
    return context
