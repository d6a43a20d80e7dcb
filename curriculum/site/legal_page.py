"""The Legal framework page: every act of the register with its status, entry into force, link, last check and the
courses that cite it — the list a programme committee goes through each spring before an intake year is published."""

from __future__ import annotations

import datetime
from html import escape

from curriculum.language.dates import format_date
from curriculum.languages import home_url
from curriculum.legal.review import REVIEW_INTERVAL, courses_citing
from curriculum.legal.wording import adilet_url, date_and_number, status_name
from curriculum.model.records import Curriculum, LegalAct
from curriculum.site.render import Links, _course_link

GROUPS = (("in-force", ("in-force",)), ("draft", ("draft", "not-adopted")),
          ("historical", ("superseded", "repealed", "expired")))


def legal_framework(curriculum: Curriculum, citations, glossary, lang: str, links: Links, today: datetime.date) -> str:
    label = lambda key: curriculum.label("legal", key, lang)
    by_course = courses_citing(citations)
    in_glossary = {concept.source_act for concept in glossary.concepts.values() if concept.source_act}
    acts = list(curriculum.acts.values())
    unchecked = sum(1 for act in acts if not act.checked)
    stale = sum(1 for act in acts if act.checked and today - datetime.date.fromisoformat(act.checked) > REVIEW_INTERVAL)
    parts = [f'<p class="legal-summary">{escape(label("summary").format(acts=len(acts), unchecked=unchecked, stale=stale))}</p>']
    head = "".join(f'<th scope="col">{escape(label(key))}</th>'
                   for key in ("act", "status", "in_force", "replaced_by", "checked", "cited_in"))
    for group, statuses in GROUPS:
        members = [act for act in acts if act.status in statuses]
        if not members:
            continue
        rows = [_row(act, curriculum, by_course.get(act.id, []), act.id in in_glossary, lang, links) for act in members]
        parts.append(f'<h2 id="{group}">{escape(label("group_" + group))}</h2>\n'
                     f'<div class="legal-register"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
                     + "\n".join(rows) + "\n</tbody>\n</table></div>")
    return "\n\n".join(parts)


def _row(act: LegalAct, curriculum: Curriculum, courses: list[str], in_glossary: bool, lang: str, links: Links) -> str:
    label = lambda key: curriculum.label("legal", key, lang)
    labels = lambda key, language: curriculum.label("legal", key, language)
    url = adilet_url(act, lang)
    title = escape(act.title[lang])
    name = f'<a href="{escape(url)}">{title}</a>' if url else title
    details = date_and_number(act, lang, labels)
    cell = f'<span id="act-{escape(act.id)}">{name}</span>' + (f", {escape(details)}" if details else "")
    if act.note:
        cell += f'<br><small>{escape(act.note[lang])}</small>'
    status = escape(status_name(act, lang, labels))
    if act.ended:
        status += f'<br><small>{escape(format_date(act.ended, lang))}</small>'
    in_force = escape(format_date(act.in_force, lang)) if act.in_force else ""
    successor = curriculum.acts.get(act.replaced_by) if act.replaced_by else None
    replaced = (f'<a href="#act-{escape(successor.id)}">{escape(successor.title[lang])}</a>, '
                f'{escape(date_and_number(successor, lang, labels))}') if successor else ""
    checked = escape(format_date(act.checked, lang)) if act.checked else f'<span class="to-check">{escape(label("never"))}</span>'
    cited = [_course_link(curriculum, code, lang, links, with_title=False) for code in courses if code in curriculum.courses]
    if in_glossary:
        cited.append(f'<a href="{escape(links.to(_glossary(lang)))}">{escape(label("glossary"))}</a>')
    historical = ' class="historical"' if act.is_historical else ""  # its words are history, not today's law
    return (f'<tr data-status="{escape(act.status)}"{historical}><td>{cell}</td><td>{status}</td><td>{in_force}</td>'
            f'<td>{replaced}</td><td>{checked}</td><td>{", ".join(cited)}</td></tr>')


def _glossary(lang: str) -> str:
    return f"{home_url(lang)}glossary/"
