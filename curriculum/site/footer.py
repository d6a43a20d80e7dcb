"""The footer of every page: whose programme it is, under which licences it may be reused, and that quoted
third-party material is not ours to license — in the page's language."""

from __future__ import annotations

import re
from html import escape

from curriculum.languages import home_url
from curriculum.model.licence import CODE, CONTENT
from curriculum.model.records import Curriculum
from curriculum.site.render import Links

_PLACEHOLDER = re.compile(r"\{(content|code)\}")


def site_footer(curriculum: Curriculum, lang: str, links: Links | None) -> str:
    """HTML for the footer; ``links`` None (the 404 page, whose address is not known) leaves out the link to
    the adoption page."""
    label = lambda key: curriculum.label("licence", key, lang)
    university = curriculum.university
    if university.is_set:
        owner = f'<span class="site-footer__university">{escape(university.name[lang])}</span>'
        if university.contact:
            owner += f' · <a href="{escape(university.contact_href())}">{escape(university.contact)}</a>'
    else:
        owner = escape(label("model"))
    if links is not None:
        owner += f' · <a href="{escape(links.to(home_url(lang) + "adopt/"))}">{escape(label("adopt"))}</a>'
    licences = {
        "content": f'<a href="{escape(CONTENT.deed(lang))}" rel="license">CC BY 4.0</a>',
        "code": f'<a href="{escape(CODE.deed(lang))}">MIT</a>',
    }
    # The label's words are escaped; only the two placeholders become links.
    licence = _PLACEHOLDER.sub(lambda match: licences[match.group(1)], escape(label("footer")))
    return (f'<p class="site-footer__owner">{owner}</p>\n'
            f'<p class="site-footer__licence">{licence} {escape(label("third_party"))}</p>')
