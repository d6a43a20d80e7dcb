"""Every page carries its Content Security Policy (curriculum/site/policy.py), computed from the page as built:
the hashes of its inline scripts are those of the scripts really in it, whoever added them."""

from pathlib import Path

from mkdocs.plugins import event_priority, get_plugin_logger

from curriculum.site.policy import apply_to_folder, blocked_inline_attributes, with_policy

log = get_plugin_logger(__name__)


# Last: after every hook that still changes the page (the glossary's "used in" rows…).
@event_priority(-1000)
def on_post_page(output, page, config):
    for attribute in blocked_inline_attributes(output):
        log.warning(f"{page.file.src_uri}: the page's policy refuses the inline attribute {attribute}")
    return with_policy(output)


@event_priority(-1000)
def on_post_template(output_content, template_name, config):
    return with_policy(output_content) if template_name.endswith(".html") else output_content


# After the search index and every other language's build: a page that a hook wrote itself gets its policy too.
@event_priority(-1000)
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one language of several: the outer build sees every page
    apply_to_folder(Path(config.site_dir))
