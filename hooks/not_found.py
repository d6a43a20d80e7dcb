"""The "page not found" page (404.html): its three languages, and a language switcher to each home.

Only the default language's build writes it (curriculum/site/not_found.py says why)."""

from pathlib import Path

from curriculum.site.build import checked_content
from curriculum.site.not_found import not_found_sections
from curriculum.site.switcher import set_switcher_links


def on_template_context(context, template_name, config):
    if template_name != "404.html":
        return context
    labels = checked_content(Path(config.config_file_path).parent).curriculum.labels
    context["not_found"] = not_found_sections(config.theme["language"], labels)
    # The switcher kept the links of the last page rendered; here there is no same page to switch to.
    set_switcher_links(config.extra, {})
    return context
