"""How a citation reads in each language: the official title, the date and number, and where the act stands."""

from __future__ import annotations

from collections.abc import Callable

from curriculum.language.dates import format_date
from curriculum.model.records import LegalAct

Label = Callable[[str, str], str]  # (key, lang) → the word from data/labels.yml, group "legal"

ADILET_LANGUAGE = {"kk": "kaz", "ru": "rus", "en": "eng"}


def adilet_url(act: LegalAct, lang: str) -> str | None:
    """The official text on adilet.zan.kz in the page's language (its English texts are unofficial translations)."""
    return f"https://adilet.zan.kz/{ADILET_LANGUAGE[lang]}/docs/{act.adilet}" if act.adilet else None


def date_and_number(act: LegalAct, lang: str, label: Label) -> str:
    details = []
    if act.date:
        details.append(format_date(act.date, lang))
    if act.number:
        details.append(f"{label('number_sign', lang)} {act.number}")
    return ", ".join(details)


def full_citation(act: LegalAct, lang: str, label: Label) -> str:
    """'Title, date, No. number' — the citation of a readings list, without the status note."""
    details = date_and_number(act, lang, label)
    return f"{act.title[lang]}, {details}" if details else act.title[lang]


def status_note(act: LegalAct, lang: str, label: Label) -> str | None:
    """What a reader must know besides the title: no longer in force (since when), a draft, or not yet checked."""
    if act.is_historical:
        key = "note_expired" if act.status == "expired" else "note_ended"
        return label(key, lang).format(date=format_date(act.ended, lang)) if act.ended else label("note_not_in_force", lang)
    if act.status in ("draft", "not-adopted"):
        return label(f"status_{act.status}", lang)
    if not act.checked:
        return label("to_check", lang)
    return None


def status_name(act: LegalAct, lang: str, label: Label) -> str:
    return label(f"status_{act.status}", lang)
