"""Numbers with their nouns, as each language writes them: 3,5 жыл / 3,5 года / 3.5 years."""

from __future__ import annotations


def decimal(number: float, lang: str) -> str:
    """A whole number as is; a fraction with the language's decimal sign (a comma in Kazakh and Russian)."""
    text = f"{number:g}"
    return text if lang == "en" else text.replace(".", ",")


def counted(number: float, forms: str, lang: str) -> str:
    """``number`` and its noun. ``forms`` are '|'-separated: Kazakh one form (a numeral takes the singular),
    English singular|plural, Russian the forms for 1, 2–4 and 5 (21 семестр, 22 семестра, 25 семестров);
    a Russian fraction takes the form for 2–4 (3,5 года)."""
    options = forms.split("|")
    if lang == "ru" and len(options) == 3:
        if number != int(number):
            noun = options[1]
        else:
            whole = int(number)
            if whole % 10 == 1 and whole % 100 != 11:
                noun = options[0]
            elif 2 <= whole % 10 <= 4 and not 12 <= whole % 100 <= 14:
                noun = options[1]
            else:
                noun = options[2]
    elif lang == "en" and len(options) == 2:
        noun = options[0] if number == 1 else options[1]
    else:
        noun = options[0]
    return f"{decimal(number, lang)} {noun}"
