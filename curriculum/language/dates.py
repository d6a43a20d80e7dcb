"""Dates written as each language writes them."""

from __future__ import annotations

import datetime

_MONTHS = {
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
           "желтоқсан"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def format_date(date: str, lang: str) -> str:
    """'2025-03-15' → '2025 жылғы 15 наурыз' / '15 марта 2025 г.' / '15 March 2025'; a bare year stays a year."""
    if len(date) == 4:
        return {"kk": f"{date} ж.", "ru": f"{date} г.", "en": date}[lang]
    year, month, day = date.split("-")
    month_name = _MONTHS[lang][int(month) - 1]
    return {"kk": f"{year} жылғы {int(day)} {month_name}", "ru": f"{int(day)} {month_name} {year} г.",
            "en": f"{int(day)} {month_name} {year}"}[lang]


def format_timestamp(seconds: int, lang: str) -> str:
    day = datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc).date().isoformat()
    return format_date(day, lang)
