"""Every page's footer, in the page's language: the adopting university (or the model programme), the licences
and the third-party material they do not cover (curriculum/site/footer.py)."""

from pathlib import Path

from curriculum.site.build import checked_content
from curriculum.site.footer import site_footer
from curriculum.site.render import Links


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme["language"]
    context["site_footer"] = site_footer(checked_content(_root(config)).curriculum, lang, Links(page.url))
    return context


def on_template_context(context, template_name, config):
    # The 404 page is served at any address: no relative link to the adoption page from there.
    if template_name == "404.html":
        context["site_footer"] = site_footer(checked_content(_root(config)).curriculum, config.theme["language"], None)
    return context


def _root(config) -> Path:
    return Path(config.config_file_path).parent
