"""Inflected forms of glossary terms, so that a term is found in the forms running text uses.

- Russian: pymorphy3 and its dictionary; in a multi-word term the head noun and the adjectives before it
  agree in case and number, a genitive tail («бюджет сельского округа») stays as it is.
- Kazakh: agglutinative endings added to the last word by the rules of vowel harmony and consonant
  assimilation — plural, third-person possessive and the seven cases, in the orders Kazakh allows.
  Before the vowel-initial possessive a final к, қ, п of a stem of two syllables or more is voiced
  («әкімдік» → «әкімдігі», «ауылдық» → «ауылдығы», «кітап» → «кітабы»); a one-syllable stem is left as it is
  (Kazakh voices many, «көк» → «көгі», and not others, «банк» → «банкі»). A term that already ends in the
  possessive loses that voicing before the plural («бюджет тапшылығы» → «тапшылықтары»). A few nouns drop
  the vowel of their last syllable instead (elision: «мүлік» → «мүлкі», «орын» → «орны»); Kazakh marks no
  rule for which, so they are listed (ELIDED).
  Derivational suffixes (-лық, -шы, …) are not endings: «әкімдік» is a word of its own, never «әкім».
- English: plurals and possessives of the last word.
"""

from __future__ import annotations

from functools import lru_cache

BACK_VOWELS = set("аоұыяё")
FRONT_VOWELS = set("әөүіеэи")
VOWELS = BACK_VOWELS | FRONT_VOWELS  # у and ю end a syllable like a glide: тау → таудың
VOICELESS = set("пфкқтсшщхцчһ")
VOICED_FOR_D = set("лмнңжз")  # after these, suffixes starting with л/н take д (әкім+дер)
SONORANT_GLIDES = set("руйю")
VOICING = {"к": "г", "қ": "ғ", "п": "б"}  # before a vowel-initial ending, in a stem of VOICING_SYLLABLES or more
VOICING_SYLLABLES = 2
_DEVOICING = {voiced: voiceless for voiceless, voiced in VOICING.items()}
_NATIVE_VOWELS = set("аәеыіұүө")  # a г after и, о, … is a loanword's own (мониторингі, педагогы), never a voiced к
# Nouns whose last vowel drops before a vowel-initial ending, and their stem then («коммуналдық мүлкі»).
ELIDED = {"мүлік": "мүлк", "орын": "орн", "халық": "халқ", "ауыз": "ауз", "ерін": "ерн", "мұрын": "мұрн",
          "қарын": "қарн", "ерік": "ерк", "көрік": "көрк", "бөрік": "бөрк", "құлық": "құлқ", "ырық": "ырқ"}
_RESTORED = {elided: full for full, elided in ELIDED.items()}


def _harmony(word: str) -> str:
    for letter in reversed(word.lower()):
        if letter in BACK_VOWELS:
            return "back"
        if letter in FRONT_VOWELS:
            return "front"
    return "back"


def _pick(back: str, front: str, harmony: str) -> str:
    return back if harmony == "back" else front


def _last(word: str) -> str:
    return word[-1].lower() if word else ""


def _plural(stem: str) -> str:
    h, last = _harmony(stem), _last(stem)
    if last in VOWELS or last in SONORANT_GLIDES:
        return stem + _pick("лар", "лер", h)
    if last in VOICED_FOR_D:
        return stem + _pick("дар", "дер", h)
    return stem + _pick("тар", "тер", h)


def syllables(word: str) -> int:
    """The number of vowels (у and ю count as glides, see VOWELS)."""
    return sum(letter in VOWELS for letter in word.lower())


def _with_case_of(model: str, word: str) -> str:
    return word[0].upper() + word[1:] if model[:1].isupper() else word


def _stem_before_vowel(stem: str) -> str:
    """The stem as it stands before a vowel-initial ending: «әкімдік» → «әкімдіг» (әкімдігі), «кітап» → «кітаб»,
    and for a noun with elision «мүлік» → «мүлк» (мүлкі)."""
    if stem.lower() in ELIDED:
        return _with_case_of(stem, ELIDED[stem.lower()])
    last = _last(stem)
    if last not in VOICING or syllables(stem) < VOICING_SYLLABLES or stem.isupper():
        return stem  # a one-syllable stem, or an abbreviation, keeps its letter
    voiced = VOICING[last]
    return stem[:-1] + (voiced.upper() if stem[-1].isupper() else voiced)


def _stem_of_possessive(stem: str) -> str:
    """The inverse, for a stem cut from a possessive form: «тапшылығ» (тапшылығы) → «тапшылық», «мүлк» → «мүлік»."""
    if stem.lower() in _RESTORED:
        return _with_case_of(stem, _RESTORED[stem.lower()])
    last = _last(stem)
    if (last not in _DEVOICING or len(stem) < 2 or stem[-2].lower() not in _NATIVE_VOWELS
            or syllables(stem) < VOICING_SYLLABLES or stem.isupper()):
        return stem
    voiceless = _DEVOICING[last]
    return stem[:-1] + (voiceless.upper() if stem[-1].isupper() else voiceless)


def _possessive3(stem: str) -> str:
    h, last = _harmony(stem), _last(stem)
    if last in VOWELS:
        return stem + _pick("сы", "сі", h)
    return _stem_before_vowel(stem) + _pick("ы", "і", h)


def _cases(stem: str) -> list[str]:
    """The case forms of a stem without a possessive ending."""
    h, last = _harmony(stem), _last(stem)
    vowel, voiceless = last in VOWELS, last in VOICELESS
    nasal = last in "мнң"
    genitive = "ның" if vowel or nasal else ("тың" if voiceless else "дың")
    accusative = "ны" if vowel else ("ты" if voiceless else "ды")
    dative = "ға" if not voiceless else "қа"
    locative = "та" if voiceless else "да"
    ablative = "нан" if nasal else ("тан" if voiceless else "дан")
    instrumental = "пен" if voiceless else ("бен" if last in "жз" else "мен")
    forms = [genitive, accusative, dative, locative, ablative]
    forms = [f if h == "back" else f.translate(_FRONT) for f in forms]
    forms.append(instrumental)
    locative_form = stem + (locative if h == "back" else locative.translate(_FRONT))
    return [stem + f for f in forms] + [locative_form + _pick("ғы", "гі", h)]


def _cases_after_possessive(stem: str) -> list[str]:
    """Case forms after a third-person possessive ending (әкімі → әкімінің, әкіміне, әкімін, …)."""
    h = _harmony(stem)
    endings = ["ның", "н", "на", "нда", "нан", "мен", "ндағы"]
    if h == "front":
        endings = ["нің", "н", "не", "нде", "нен", "мен", "ндегі"]
    return [stem + e for e in endings]


_FRONT = str.maketrans({"ы": "і", "а": "е", "ғ": "г", "қ": "к"})


@lru_cache(maxsize=None)
def kazakh_forms(term: str) -> tuple[str, ...]:
    words = term.split()
    if not words:
        return ()
    *head, last = words
    if not any("\u0400" <= ch <= "\u04ff" for ch in last):
        return (term,)  # a Latin name (eGov Mobile) takes its endings after a hyphen, never glued on
    prefix = " ".join(head) + " " if head else ""
    endings: set[str] = {last}
    already_possessive = bool(head) and last.lower().endswith(("ы", "і")) and len(last) > 3
    if already_possessive:
        # An izafet term («жергілікті қоғамдастық жиыны») already ends in the possessive.
        endings.update(_cases_after_possessive(last))
        base = last[:-2] if last.lower().endswith(("сы", "сі")) else _stem_of_possessive(last[:-1])
        plural_possessive = _possessive3(_plural(base))
        endings.add(plural_possessive)
        endings.update(_cases_after_possessive(plural_possessive))
    else:
        endings.update(_cases(last))
        plural = _plural(last)
        endings.add(plural)
        endings.update(_cases(plural))
        possessive = _possessive3(last)
        endings.add(possessive)
        endings.update(_cases_after_possessive(possessive))
        plural_possessive = _possessive3(plural)
        endings.add(plural_possessive)
        endings.update(_cases_after_possessive(plural_possessive))
    return tuple(sorted(prefix + e for e in endings))


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def _nominative_parse(word: str):
    parses = _morph().parse(word)
    for parse in parses:
        if "nomn" in parse.tag and parse.tag.POS in ("NOUN", "ADJF", "PRTF"):
            return parse
    return None


@lru_cache(maxsize=None)
def russian_forms(term: str) -> tuple[str, ...]:
    """All case and number forms of a Russian term, the agreeing words inflected together."""
    words = term.split()
    parses = [_nominative_parse(w) if w.isalpha() or "-" in w else None for w in words]
    # The agreeing group: leading adjectives/participles and the first noun, all in the nominative.
    group_end = None
    for index, parse in enumerate(parses):
        if parse is None:
            break
        if parse.tag.POS == "NOUN":
            group_end = index + 1
            break
    if group_end is None:
        return (term,)
    forms = {term}
    head = parses[group_end - 1]
    numbers = ("sing", "plur") if "Sgtm" not in head.tag else ("sing",)
    animacy = "anim" if head.tag.animacy == "anim" else "inan"
    # Each word's paradigm once (pymorphy3's inflect() rebuilds it on every call).
    lexemes = [parse.lexeme for parse in parses[:group_end]]
    for number in numbers:
        for case in _CASES:
            inflected = []
            for parse, lexeme in zip(parses[:group_end], lexemes):
                grammemes = {case, number}
                if parse.tag.POS != "NOUN":
                    if case == "accs" and (number == "plur" or head.tag.gender == "masc"):
                        grammemes.add(animacy)  # «Бюджетный кодекс», not «Бюджетного кодекс»
                    if number == "sing" and head.tag.gender:
                        grammemes.add(head.tag.gender)  # «местное самоуправление» stays neuter
                word = _form_with(lexeme, grammemes, parse)
                if word is None:
                    inflected = None
                    break
                inflected.append(word)
            if inflected:
                forms.add(" ".join(inflected + words[group_end:]))
    return tuple(sorted({_restore_case(term, f) for f in forms}))


def _form_with(lexeme, grammemes: set[str], parse) -> str | None:
    """The paradigm's first form carrying all the grammemes (what pymorphy3's inflect() would choose)."""
    wanted = grammemes | ({"Qual"} if "Qual" in parse.tag else set())
    for form in lexeme:
        if wanted <= form.tag.grammemes and form.tag.POS == parse.tag.POS:
            return form.word
    for form in lexeme:
        if grammemes <= form.tag.grammemes and form.tag.POS == parse.tag.POS:
            return form.word
    return None


def _restore_case(original: str, form: str) -> str:
    """pymorphy3 returns lower case; keep a capital where the term has one (Бюджетный кодекс)."""
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@lru_cache(maxsize=None)
def english_forms(term: str) -> tuple[str, ...]:
    words = term.split()
    if not words:
        return ()
    *head, last = words
    prefix = " ".join(head) + " " if head else ""
    lower = last.lower()
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    endings = {last, plural, last + "'s", last + "’s", plural + "'", plural + "’"}
    if last.isupper():  # an abbreviation: APPC, APPCs
        endings = {last, last + "s", last + "'s"}
    return tuple(sorted(prefix + e for e in endings))


def forms(term: str, lang: str) -> tuple[str, ...]:
    if lang == "kk":
        return kazakh_forms(term)
    if lang == "ru":
        return russian_forms(term)
    return english_forms(term)
