"""Course pages say where the reader is: they sit under the catalogue's section (the breadcrumb and the
navigation show the catalogue), and their footer links the previous and the next course of the plan.

The 58 course pages are not listed in the navigation, which every page carries: listed, they would add
some 17 KB to each page of the site.

A build that reads only the edited page (hooks/fast_reload.py) has not read its neighbours, whose titles the
footer shows: they are read here, titled as the full build titles them (the course's title, the page's H1)."""

from pathlib import Path

from mkdocs.plugins import event_priority

from curriculum.site.build import checked_content
from curriculum.site.course_order import CATALOGUE_SOURCE, course_source, plan_sequence
from curriculum.site.render import plain_title


# After mkdocs-static-i18n's on_nav (priority -100), which rebuilds the navigation of the language being built.
@event_priority(-150)
def on_nav(nav, config, files):
    lang = config.theme["language"]
    pages = {file.norm_src_uri if hasattr(file, "norm_src_uri") else file.src_uri: file.page
             for file in files.documentation_pages() if getattr(file, "locale", lang) == lang and file.page}
    catalogue = pages.get(CATALOGUE_SOURCE)
    content = checked_content(Path(config.config_file_path).parent)
    sequence = [pages.get(course_source(course)) for course in plan_sequence(content.curriculum)]
    for before, page, after in zip([None, *sequence], sequence, [*sequence[1:], None]):
        if page is None:
            continue
        page.parent = catalogue.parent if catalogue else None
        page.previous_page, page.next_page = before, after
    return nav


def on_page_context(context, page, config, nav):
    unread = [p for p in (page.previous_page, page.next_page) if p is not None and p.markdown is None]
    if unread:
        lang = config.theme["language"]
        courses = {course_source(course): course for course in checked_content(Path(config.config_file_path).parent)
                   .curriculum.courses.values()}
        for neighbour in unread:
            source = getattr(neighbour.file, "norm_src_uri", neighbour.file.src_uri)
            if source in courses:
                neighbour.read_source(config)
                neighbour.meta["title"] = plain_title(courses[source].title[lang])
    return context
