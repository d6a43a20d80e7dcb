"""What the data files may contain: every field, its type, what is allowed and what it means.

One declaration serves both the checks (``check_fields``) and the contributor guide, which renders the
meaning of each field in kk, ru and en from ``SCHEMAS``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from curriculum.languages import LANGUAGES
from curriculum.model.problems import Problem
from curriculum.model.yamlsource import Mapping, Sequence

COURSE_CODE = re.compile(r"^[A-Z]{3}[1-4][12]\d{2}$")
IDENTIFIER = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
OUTCOME_ID = re.compile(r"^PO\d{1,2}$")
MODULE_ID = re.compile(r"^M\d{1,2}$")


@dataclass(frozen=True)
class Field:
    """One key of a data record.

    kind: text, whole, number, boolean, choice, lang-text (kk/ru/en strings), list (of ``item``),
    record (a nested mapping checked against ``fields``).
    """

    kind: str
    meaning: dict[str, str]
    required: bool = True
    choices: tuple[str, ...] = ()
    pattern: re.Pattern | None = None
    pattern_hint: str = ""
    minimum: float | None = None
    maximum: float | None = None
    item: "Field | None" = None
    fields: dict[str, "Field"] = field(default_factory=dict)

    def allowed(self) -> str:
        """What is allowed, in words, for the error message."""
        if self.kind == "choice":
            return "one of: " + ", ".join(self.choices)
        if self.kind == "lang-text":
            return "a mapping with non-empty text for " + ", ".join(LANGUAGES)
        if self.kind == "text":
            return self.pattern_hint or "text"
        if self.kind in ("whole", "number"):
            noun = "a whole number" if self.kind == "whole" else "a number"
            bounds = [f"≥ {self.minimum:g}" if self.minimum is not None else "",
                      f"≤ {self.maximum:g}" if self.maximum is not None else ""]
            return " ".join([noun, *filter(None, bounds)])
        if self.kind == "boolean":
            return "true or false"
        if self.kind == "list":
            return f"a list of {self.item.allowed()}" if self.item else "a list"
        if self.kind == "record":
            return "a mapping with the keys " + ", ".join(self.fields)
        return self.kind


def _m(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


def _lang_text(meaning, required=True) -> Field:
    return Field("lang-text", meaning, required=required)


def _hours(name_kk, name_ru, name_en) -> Field:
    return Field("whole", _m(name_kk, name_ru, name_en), required=False, minimum=0)


HOURS_FIELDS = {
    "lectures": _hours("дәріс сағаттары", "часы лекций", "lecture hours"),
    "seminars": _hours("семинар немесе практикалық сабақ сағаттары", "часы семинаров или практических занятий",
                       "seminar or practical hours"),
    "labs": _hours("зертханалық сабақ сағаттары", "часы лабораторных занятий", "laboratory hours"),
    "practice": _hours("практика сағаттары (практикалар үшін)", "часы практики (для практик)",
                       "internship hours (for internships)"),
    "srop": _hours("оқытушының басшылығымен студенттің өзіндік жұмысы (ОСӨЖ)",
                   "самостоятельная работа студента под руководством преподавателя (СРОП)",
                   "independent work guided by the lecturer"),
    "sro": _hours("студенттің өзіндік жұмысы (СӨЖ)", "самостоятельная работа студента (СРО)",
                  "independent work"),
}

COURSE_FIELDS = {
    "code": Field("text", _m(
        "Пәннің коды: үш латын әрпі және төрт цифр (курс, курс ішіндегі семестр, реттік нөмір). Файлдың атауымен бірдей.",
        "Код дисциплины: три латинские буквы и четыре цифры (курс, семестр внутри курса, порядковый номер). Совпадает с именем файла.",
        "Course code: three Latin capitals and four digits (year, semester within the year, sequence). Same as the file name."),
        pattern=COURSE_CODE, pattern_hint="three Latin capitals and four digits, year 1–4 and semester 1–2 first, e.g. LSG2105"),
    "kind": Field("choice", _m(
        "Жазбаның түрі: пән, практика немесе қорытынды аттестаттау.",
        "Вид записи: дисциплина, практика или итоговая аттестация.",
        "Kind of record: a course (the default), an internship or the final attestation."),
        required=False, choices=("course", "internship", "final-attestation")),
    "title": _lang_text(_m("Пәннің атауы үш тілде.", "Название дисциплины на трёх языках.", "Course title in the three languages.")),
    "credits": Field("whole", _m(
        "Кредиттер (ECTS). 1 кредит = 30 академиялық сағат.",
        "Кредиты (ECTS). 1 кредит = 30 академических часов.",
        "Credits (ECTS). 1 credit = 30 academic hours."), minimum=1, maximum=30),
    "semester": Field("whole", _m("Оқытылатын семестр (1–8).", "Семестр изучения (1–8).", "Semester in which it is taught (1–8)."),
                      minimum=1, maximum=8),
    "cycle": Field("choice", _m(
        "Цикл: OOD — жалпы білім беретін, BD — базалық, PD — кәсіптендіру пәндері, IA — қорытынды аттестаттау.",
        "Цикл: OOD — общеобразовательные, BD — базовые, PD — профилирующие дисциплины, IA — итоговая аттестация.",
        "Cycle: OOD general education, BD basic, PD profile disciplines, IA final attestation."),
        choices=("OOD", "BD", "PD", "IA")),
    "component": Field("choice", _m(
        "Компонент: OK — міндетті, VK — ЖОО компоненті, KV — таңдау компоненті, IA — қорытынды аттестаттау.",
        "Компонент: OK — обязательный, VK — вузовский, KV — по выбору, IA — итоговая аттестация.",
        "Component: OK compulsory, VK university, KV elective, IA final attestation."),
        choices=("OK", "VK", "KV", "IA")),
    "module": Field("text", _m(
        "Модульдің идентификаторы data/programme.yml файлынан (M1…).",
        "Идентификатор модуля из data/programme.yml (M1…).",
        "Module id from data/programme.yml (M1…)."), pattern=MODULE_ID, pattern_hint="a module id such as M4"),
    "track": Field("text", _m(
        "Элективті траектория (тек KV компонентіндегі пәндер үшін): data/programme.yml файлындағы tracks.",
        "Элективная траектория (только для дисциплин компонента KV): tracks в data/programme.yml.",
        "Elective track (KV courses only): one of tracks in data/programme.yml."),
        required=False, pattern=IDENTIFIER, pattern_hint="a track id such as rural"),
    "group": Field("text", _m(
        "Таңдау тобы (траекторияға кірмейтін KV пәндері үшін): data/programme.yml файлындағы elective_groups. "
        "Студент топтың бір пәнін таңдайды; топтың пәндері бір семестрде, бір циклде, кредиттері бірдей.",
        "Группа дисциплин по выбору (для дисциплин KV вне траектории): elective_groups в data/programme.yml. "
        "Студент выбирает одну дисциплину группы; у дисциплин группы один семестр, один цикл и равные кредиты.",
        "Elective group (KV courses outside a track): one of elective_groups in data/programme.yml. A student "
        "takes one course of the group; its courses share the semester, the cycle and the credits."),
        required=False, pattern=IDENTIFIER, pattern_hint="a group id such as analysis"),
    "hours": Field("record", _m(
        "Сағаттардың бөлінуі; қосындысы кредиттер × 30-ға тең.",
        "Распределение часов; сумма равна кредитам × 30.",
        "Split of the hours; they add up to credits × 30."), fields=HOURS_FIELDS),
    "prerequisites": Field("list", _m(
        "Алдымен оқылатын пәндердің кодтары (ертерек семестрде). Постреквизиттер осыдан автоматты түрде шығарылады.",
        "Коды дисциплин, изучаемых раньше (в более раннем семестре). Постреквизиты выводятся отсюда автоматически.",
        "Codes of courses taken before this one (in an earlier semester). Postrequisites are derived from these."),
        required=False, item=Field("text", {}, pattern=COURSE_CODE, pattern_hint="a course code such as CLR1206")),
    "outcomes": Field("list", _m(
        "Пән қызмет ететін бағдарламаның оқыту нәтижелері (PO1…).",
        "Результаты обучения программы, на которые работает дисциплина (PO1…).",
        "Programme outcomes the course serves (PO1…)."),
        item=Field("text", {}, pattern=OUTCOME_ID, pattern_hint="an outcome id such as PO3")),
    "assessment": Field("choice", _m(
        "Қорытынды бақылау түрі.", "Форма итогового контроля.", "Form of the final assessment."),
        choices=("exam", "state-exam", "credit", "project", "internship-report", "final-attestation")),
    "syllabus": Field("choice", _m(
        "full — толық силлабус, summary — қысқаша сипаттама.",
        "full — полный силлабус, summary — краткое описание.",
        "full: a full syllabus; summary: a short description."), choices=("full", "summary")),
}

OUTCOME_FIELDS = {
    "id": Field("text", _m("Нәтиженің тұрақты идентификаторы.", "Постоянный идентификатор результата.",
                           "Stable id of the outcome."), pattern=OUTCOME_ID, pattern_hint="PO followed by a number"),
    "dublin": Field("list", _m("Дублин дескрипторлары.", "Дублинские дескрипторы.", "Dublin descriptors."),
                    item=Field("choice", {}, choices=("knowledge", "applying", "judgements", "communication", "learning"))),
    "naspaa": Field("list", _m("NASPAA құзыреттер салалары.", "Области компетенций NASPAA.", "NASPAA competency domains."),
                    item=Field("choice", {}, choices=("lead-manage", "policy-process", "analyse-decide",
                                                      "public-service-perspective", "communicate"))),
    "text": _lang_text(_m("Нәтиженің мәтіні үш тілде.", "Текст результата на трёх языках.", "Outcome text in the three languages.")),
}

NAMED_FIELDS = {
    "id": Field("text", _m("Идентификатор.", "Идентификатор.", "Identifier.")),
    "name": _lang_text(_m("Атауы үш тілде.", "Название на трёх языках.", "Name in the three languages.")),
}

GRADE_FIELDS = {
    "letter": Field("text", _m("Әріптік баға.", "Буквенная оценка.", "Letter grade.")),
    "points": Field("number", _m("Сандық эквивалент.", "Цифровой эквивалент.", "Grade points."), minimum=0, maximum=4),
    "min": Field("whole", _m("Ең төменгі балл.", "Минимальный балл.", "Lowest score."), minimum=0, maximum=100),
    "max": Field("whole", _m("Ең жоғарғы балл.", "Максимальный балл.", "Highest score."), minimum=0, maximum=100),
}

PROGRAMME_FIELDS = {
    "name": _lang_text(_m("Бағдарламаның атауы.", "Название программы.", "Programme name.")),
    "degree": _lang_text(_m("Берілетін дәреже.", "Присуждаемая степень.", "Degree awarded.")),
    "field": Field("record", _m("Білім беру саласы (коды және атауы).", "Область образования (код и название).",
                                "Field of education (code and name)."),
                   fields={"code": Field("text", {}), "kk": Field("text", {}), "ru": Field("text", {}), "en": Field("text", {})}),
    "direction": Field("record", _m("Даярлау бағыты (коды және атауы).", "Направление подготовки (код и название).",
                                    "Direction of training (code and name)."),
                       fields={"code": Field("text", {}), "kk": Field("text", {}), "ru": Field("text", {}), "en": Field("text", {})}),
    "total_credits": Field("whole", _m("Кредиттердің жалпы көлемі.", "Общий объём кредитов.", "Total credits."), minimum=1),
    "duration_years": Field("whole", _m("Оқу мерзімі, жыл.", "Срок обучения, лет.", "Duration in years."), minimum=1),
    "semesters": Field("whole", _m("Семестрлер саны.", "Число семестров.", "Number of semesters."), minimum=1, maximum=12),
    "assessment": Field("record", _m("Аралық бақылау мен емтиханның салмағы, әріптік шкала.",
                                     "Веса рубежных контролей и экзамена, буквенная шкала.",
                                     "Weights of rating controls and examination, letter-grade scale."), fields={
        "rating_controls": Field("list", {}, item=Field("whole", {}, minimum=1, maximum=15)),
        "rating_weight": Field("whole", {}, minimum=0, maximum=100),
        "exam_weight": Field("whole", {}, minimum=0, maximum=100),
        "exam_admission_minimum": Field("whole", {}, minimum=0, maximum=100),
        "grading_scale": Field("list", {}, item=Field("record", {}, fields=GRADE_FIELDS)),
    }),
    "outcomes": Field("list", _m("Бағдарламаның оқыту нәтижелері.", "Результаты обучения программы.",
                                 "Programme learning outcomes."), item=Field("record", {}, fields=OUTCOME_FIELDS)),
    "modules": Field("list", _m("Модульдер.", "Модули.", "Modules."), item=Field("record", {}, fields=NAMED_FIELDS)),
    "tracks": Field("list", _m("Элективті траекториялар.", "Элективные траектории.", "Elective tracks."),
                    item=Field("record", {}, fields=NAMED_FIELDS)),
    "elective_groups": Field("list", _m(
        "Таңдау топтары: әр топтан студент бір пәнді таңдайды, траекториясына қарамастан.",
        "Группы дисциплин по выбору: из каждой группы студент выбирает одну дисциплину, независимо от траектории.",
        "Elective groups: a student takes one course of each, whatever the track."),
        required=False, item=Field("record", {}, fields=NAMED_FIELDS)),
}

# What an adopting university changes (data/university.yml); the model programme leaves name and code empty.
PROGRAMME_CODE = re.compile(r"^[0-9][A-Z][0-9A-Z]{2,10}$")
WEB_ADDRESS = re.compile(r"^https?://[^\s/]+(/\S*)?$")
CONTACT = re.compile(r"^(https?://[^\s/]+(/\S*)?|[^\s@]+@[^\s@]+\.[^\s@]+)$")
LOGO = re.compile(r"^[A-Za-z0-9_./-]+\.(svg|png|jpg|jpeg|webp)$")

UNIVERSITY_FIELDS = {
    "name": _lang_text(_m(
        "Бағдарламаны енгізетін университеттің атауы үш тілде; бос (null) болса, сайт бұл — үлгі бағдарлама екенін айтады.",
        "Название внедряющего университета на трёх языках; пустое значение (null) — сайт пишет, что это программа-образец.",
        "The adopting university's name in the three languages; null: the site says it is the model programme."),
        required=False),
    "programme_code": Field("text", _m(
        "Бағдарламаның коды: университет бағдарламаны Білім беру бағдарламаларының тізіліміне енгізгенде беріледі; "
        "бос (null) болса, сайт «берілуі тиіс» деп көрсетеді.",
        "Код программы: присваивается при включении программы университетом в Реестр образовательных программ; "
        "пустое значение (null) сайт показывает как «присваивается».",
        "Programme code, assigned when the university enters the programme in the Register of educational "
        "programmes; null is shown as 'to be assigned'."), required=False,
        pattern=PROGRAMME_CODE, pattern_hint="the code as the Register writes it, in Latin capitals and digits: a digit, a capital, then capitals or digits (6B041…)"),
    "languages_of_instruction": Field("list", _m("Оқыту тілдері.", "Языки обучения.", "Languages of instruction."),
                                      item=Field("choice", {}, choices=LANGUAGES)),
    "site_url": Field("text", _m(
        "Сайттың мекенжайы; жариялау кезінде SITE_URL айнымалысы берілсе, сол қолданылады.",
        "Адрес сайта; если при публикации задана переменная SITE_URL, используется она.",
        "The site's address; a deployment's SITE_URL variable, when set, takes precedence."), required=False,
        pattern=WEB_ADDRESS, pattern_hint="a web address such as https://curriculum.example.kz/"),
    "contact": Field("text", _m(
        "Бағдарлама командасымен байланыс: электрондық пошта немесе веб-бет мекенжайы.",
        "Контакт команды программы: адрес электронной почты или веб-страницы.",
        "How readers reach the programme's team: an e-mail address or a web address."), required=False,
        pattern=CONTACT, pattern_hint="an e-mail address (op@example.kz) or a web address (https://…)"),
    "logo": Field("text", _m(
        "Университеттің логотипі: docs/ қалтасындағы файлдың жолы; бос болса, сайттың өз белгісі көрсетіледі.",
        "Логотип университета: путь к файлу в папке docs/; если пусто, показывается знак сайта.",
        "The university's logo: a file's path under docs/; null shows the site's own emblem."), required=False,
        pattern=LOGO, pattern_hint="a path under docs/ to an SVG, PNG, JPEG or WebP file, e.g. assets/logo.svg"),
}

DATE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
ACT_STATUSES = ("in-force", "superseded", "repealed", "expired", "draft", "not-adopted")
HISTORICAL_STATUSES = ("superseded", "repealed", "expired")  # cited only as history: [[history:id]]

ACT_FIELDS = {
    "id": Field("text", _m("Актінің идентификаторы; беттер актіге осы идентификатор арқылы сілтеме жасайды.",
                           "Идентификатор акта; страницы ссылаются на акт по этому идентификатору.",
                           "The act's id; pages cite the act by it."),
                pattern=IDENTIFIER, pattern_hint="lower-case Latin words joined by hyphens, e.g. budget-code-2025"),
    "kind": Field("choice", _m("Актінің түрі.", "Вид акта.", "Kind of act."),
                  choices=("constitution", "constitutional-law", "code", "law", "decree", "government-decree", "order")),
    "date": Field("text", _m("Қабылданған күні (ЖЖЖЖ-АА-КК немесе ЖЖЖЖ).", "Дата принятия (ГГГГ-ММ-ДД или ГГГГ).",
                             "Date adopted (YYYY-MM-DD or YYYY)."), required=False,
                  pattern=DATE, pattern_hint="YYYY-MM-DD or YYYY"),
    "number": Field("text", _m("Нөмірі.", "Номер.", "Number."), required=False),
    "status": Field("choice", _m(
        "Мәртебесі: in-force — қолданыста, superseded — басқа актімен ауыстырылған, repealed — күші жойылған, "
        "expired — мерзімі аяқталған, draft — жоба, not-adopted — қабылданбаған.",
        "Статус: in-force — действует, superseded — заменён другим актом, repealed — отменён, "
        "expired — срок действия истёк, draft — проект, not-adopted — не принят.",
        "Status: in-force; superseded (replaced by another act); repealed; expired (its period ended); draft; "
        "not-adopted."), choices=ACT_STATUSES),
    "in_force": Field("text", _m("Күшіне енген күні.", "Дата вступления в силу.", "Date it entered into force."),
                      required=False, pattern=DATE, pattern_hint="YYYY-MM-DD or YYYY"),
    "ended": Field("text", _m("Күші жойылған немесе мерзімі аяқталған күн.", "Дата утраты силы или окончания срока.",
                              "Date it ceased to have effect."), required=False, pattern=DATE,
                   pattern_hint="YYYY-MM-DD or YYYY"),
    "replaced_by": Field("text", _m("Оны ауыстырған актінің идентификаторы.", "Идентификатор акта, который его заменил.",
                                    "Id of the act that replaced it."), required=False, pattern=IDENTIFIER,
                         pattern_hint="the id of another act in this file"),
    "adilet": Field("text", _m("adilet.zan.kz сайтындағы құжат идентификаторы.", "Идентификатор документа на adilet.zan.kz.",
                               "Document id on adilet.zan.kz."), required=False,
                    pattern=re.compile(r"^[A-Z0-9_]+$"), pattern_hint="an adilet document id such as Z010000148_"),
    "checked": Field("text", _m(
        "Жазба ресми мәтінмен соңғы рет салыстырылған күн; жоқ болса — ешқашан, сайт «тексерілуі тиіс» деп көрсетеді.",
        "Дата последней сверки записи с официальным текстом; если её нет — не сверялась, сайт пишет «требует проверки».",
        "Date the entry was last checked against the official text; without it the site says 'to be checked'."),
        required=False, pattern=re.compile(r"^\d{4}-\d{2}-\d{2}$"), pattern_hint="a date YYYY-MM-DD"),
    "title": _lang_text(_m("Ресми атауы үш тілде.", "Официальное название на трёх языках.", "Official title in the three languages.")),
    "note": _lang_text(_m("Түсініктеме («Құқықтық негіз» бетінде көрсетіледі).",
                          "Примечание (показывается на странице «Правовая основа»).",
                          "A note, shown on the Legal framework page."), required=False),
    "superseded_forms": Field("record", _m(
        "Тек осы күшін жойған актіге тән сөздер (мысалы, енді жоқ палатаның атауы): беттерде олар тек тарих ретінде айтылады.",
        "Слова, принадлежащие только этому утратившему силу акту (например, название упразднённой палаты): на страницах — только как история.",
        "Words that belong only to this act no longer in force (e.g. the name of an abolished chamber): pages use them only as history."),
        required=False, fields={lang: Field("list", {}, required=False, item=Field("text", {})) for lang in LANGUAGES}),
}

STANDARD_FIELDS = {
    "source": Field("text", {}),
    "hours_per_credit": Field("whole", {}, minimum=1),
    "semester_weeks": Field("whole", {}, minimum=1),
    "total_credits_min": Field("whole", {}, minimum=1),
    "general_education": Field("record", {}, fields={
        "total": Field("whole", {}, minimum=0), "compulsory": Field("whole", {}, minimum=0),
        "elective": Field("whole", {}, minimum=0)}),
    "basic_and_profile_min": Field("whole", {}, minimum=0),
    "final_attestation_min": Field("whole", {}, minimum=0),
    "semester_credits": Field("record", {}, fields={"min": Field("whole", {}, minimum=0), "max": Field("whole", {}, minimum=0)}),
    "cycle_components": Field("record", {}, fields={
        cycle: Field("list", {}, item=Field("choice", {}, choices=("OK", "VK", "KV"))) for cycle in ("BD", "PD")}),
}

CREDIT_RANGE = {"min": Field("whole", _m("Ең аз кредит.", "Наименьшее число кредитов.", "Fewest credits."), minimum=0),
                "max": Field("whole", _m("Ең көп кредит.", "Наибольшее число кредитов.", "Most credits."), minimum=0)}

PATHWAY_TERM_FIELDS = {
    "semester": Field("whole", _m("Семестрдің нөмірі (1, 2, … ретімен).", "Номер семестра (1, 2, … по порядку).",
                                  "The semester's number (1, 2, … in order)."), minimum=1, maximum=12),
    "courses": Field("list", _m(
        "Осы семестрде оқылатын пәндердің кодтары.", "Коды дисциплин этого семестра.", "Codes of the courses of this semester."),
        item=Field("text", {}, pattern=COURSE_CODE, pattern_hint="a course code such as CLR1206")),
    "groups": Field("list", _m(
        "Осы семестрде таңдалатын таңдау топтары (data/programme.yml, elective_groups).",
        "Группы дисциплин по выбору этого семестра (data/programme.yml, elective_groups).",
        "Elective groups taken this semester (data/programme.yml, elective_groups)."),
        required=False, item=Field("text", {}, pattern=IDENTIFIER, pattern_hint="a group id such as analysis")),
}

PRIOR_MODULE_FIELDS = {
    "id": Field("text", _m("Модульдің идентификаторы (файл ішінде бірегей).", "Идентификатор модуля (уникален в файле).",
                           "The module's id (unique in the file)."), pattern=IDENTIFIER,
                pattern_hint="lower-case Latin words joined by hyphens, e.g. tax-law"),
    "name": _lang_text(_m("Модульдің атауы.", "Название модуля.", "The module's name.")),
}

PRIOR_SOURCE_FIELDS = {
    "id": Field("text", _m("Оқу бағдарламасының идентификаторы.", "Идентификатор программы обучения.",
                           "The id of the training programme."), pattern=IDENTIFIER,
                pattern_hint="lower-case Latin words joined by hyphens, e.g. apa-2025"),
    "name": _lang_text(_m("Бұрын өткен оқу бағдарламасының атауы.", "Название пройденной ранее программы обучения.",
                          "The name of the training taken before.")),
    "source": Field("text", _m("Ол туралы дереккөз (сайт, күні).", "Источник сведений о ней (сайт, дата).",
                               "Where it is documented (site, date)."), required=False),
    "modules": Field("list", _m("Оның модульдері немесе тақырыптары.", "Её модули или темы.", "Its modules or topics."),
                     item=Field("record", {}, fields=PRIOR_MODULE_FIELDS)),
}

RECOGNISED_COURSE_FIELDS = {
    "course": Field("text", _m("Есепке алынатын пәннің коды.", "Код засчитываемой дисциплины.", "Code of the course counted."),
                    pattern=COURSE_CODE, pattern_hint="a course code such as TAX3201"),
    "modules": Field("list", _m(
        "Осы пәннің есебіне алынатын модульдер (sources ішіндегі id); біреуі жеткілікті.",
        "Модули (id из sources), засчитываемые в эту дисциплину; достаточно одного.",
        "Modules (ids from sources) that count towards this course; one is enough."),
        item=Field("text", {}, pattern=IDENTIFIER, pattern_hint="a module id from sources")),
    "task": _lang_text(_m("Үміткер ұсынатын портфолио-тапсырма.", "Портфолио-задание, которое представляет кандидат.",
                          "The portfolio task the candidate submits.")),
}

PATHWAY_FIELDS = {
    "name": _lang_text(_m("Траекторияның атауы.", "Название траектории.", "Name of the pathway.")),
    "track": Field("text", _m("Траектория жүретін элективті траектория (tracks).", "Элективная траектория, которой следует путь (tracks).",
                              "The elective track the pathway follows (tracks)."),
                   required=False, pattern=IDENTIFIER, pattern_hint="a track id such as rural"),
    "entry": Field("list", _m("Кім түсе алады.", "Кто может поступить.", "Who may enter."), item=_lang_text({})),
    "mode": Field("list", _m("Оқу формасы.", "Форма обучения.", "Mode of study."), item=_lang_text({})),
    "semester_credits": Field("record", _m(
        "Осы траекторияның семестрдегі кредит шектері (оның өз ережесі).",
        "Пределы кредитов за семестр на этом пути (его собственное правило).",
        "Credits a semester on this pathway (its own rule)."), fields=CREDIT_RANGE),
    "terms": Field("list", _m("Семестрлер бойынша жоспар.", "План по семестрам.", "The plan, semester by semester."),
                   item=Field("record", {}, fields=PATHWAY_TERM_FIELDS)),
    "recognition": Field("record", _m(
        "Бұрын алынған оқыту нәтижелерін тану.", "Признание результатов предшествующего обучения.",
        "Recognition of prior learning."), fields={
        "cap_credits": Field("whole", _m("Танылатын кредиттердің ең көп саны.", "Наибольшее число признаваемых кредитов.",
                                         "Most credits that may be recognised."), minimum=0),
        "term": Field("whole", _m(
            "Тану толық болса, үміткер оқымайтын семестр: онда тек кестедегі пәндер тұрады.",
            "Семестр, который кандидат не изучает при полном признании: в нём только дисциплины таблицы.",
            "The semester a candidate skips when the whole table is recognised: it holds only the table's courses."),
            minimum=1),
        "excluded_cycles": Field("list", _m("Танылмайтын циклдер.", "Циклы, которые не признаются.", "Cycles never recognised."),
                                 required=False, item=Field("choice", {}, choices=("OOD", "BD", "PD", "IA"))),
        "excluded_courses": Field("list", _m("Танылмайтын пәндер.", "Дисциплины, которые не признаются.", "Courses never recognised."),
                                  required=False, item=Field("text", {}, pattern=COURSE_CODE, pattern_hint="a course code")),
        "evidence": Field("list", _m("Үміткер ұсынатын дәлелдер.", "Доказательства, которые представляет кандидат.",
                                     "Evidence the candidate brings."), item=_lang_text({})),
        "sources": Field("list", _m("Бұрын өткен оқу бағдарламалары және олардың модульдері.",
                                    "Пройденные ранее программы обучения и их модули.",
                                    "Training taken before, and its modules."), item=Field("record", {}, fields=PRIOR_SOURCE_FIELDS)),
        "courses": Field("list", _m("Қай модуль қай пәннің есебіне алынады.", "Какой модуль засчитывается в какую дисциплину.",
                                    "Which modules count towards which course."),
                         item=Field("record", {}, fields=RECOGNISED_COURSE_FIELDS)),
    }),
}

SCHEMAS = {"university": UNIVERSITY_FIELDS, "programme": PROGRAMME_FIELDS, "course": COURSE_FIELDS, "legal-act": ACT_FIELDS, "pathway": PATHWAY_FIELDS}

_KIND_NAMES = {"text": "text", "whole": "a whole number", "number": "a number", "boolean": "true or false",
               "choice": "a value", "lang-text": "a mapping", "list": "a list", "record": "a mapping"}


def check_fields(record, fields: dict[str, Field], path: str, context: str = "") -> list[Problem]:
    """Unknown keys, missing keys and wrong values of one mapping, each with its line."""
    if not isinstance(record, Mapping):
        return [Problem(path, getattr(record, "line", None), f"{context or 'record'} is {describe(record)}",
                        "a mapping of keys to values")]
    problems = []
    for key in record:
        if key not in fields:
            problems.append(Problem(path, record.line_of(key), f"unknown key '{_name(context, key)}'",
                                    "allowed keys: " + ", ".join(fields)))
    for key, spec in fields.items():
        if key not in record or record[key] is None:
            if spec.required:
                problems.append(Problem(path, record.line, f"missing key '{_name(context, key)}'",
                                        f"add '{key}:' with {spec.allowed()}"))
            continue
        problems += check_value(record[key], spec, path, record.line_of(key), _name(context, key))
    return problems


def check_value(value, spec: Field, path: str, line: int, name: str) -> list[Problem]:
    def wrong(what: str) -> list[Problem]:
        return [Problem(path, line, f"'{name}' {what}", spec.allowed())]

    if spec.kind == "text":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # an unquoted number (a year, an order number) is fine as text
        if not isinstance(value, str) or not value.strip():
            return wrong(f"is {describe(value)}")
        if spec.pattern and not spec.pattern.match(value):
            return wrong(f"is '{value}'")
    elif spec.kind in ("whole", "number"):
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not is_number or (spec.kind == "whole" and not isinstance(value, int)):
            return wrong(f"is {describe(value)}")
        if (spec.minimum is not None and value < spec.minimum) or (spec.maximum is not None and value > spec.maximum):
            return wrong(f"is {value}")
    elif spec.kind == "boolean":
        if not isinstance(value, bool):
            return wrong(f"is {describe(value)}")
    elif spec.kind == "choice":
        if value not in spec.choices:
            return wrong(f"is {describe(value)}")
    elif spec.kind == "lang-text":
        if not isinstance(value, Mapping):
            return wrong(f"is {describe(value)}")
        problems = []
        for key in value:
            if key not in LANGUAGES:
                problems.append(not_a_language(value, key, f"'{name}'", path,
                                               f"'{name}.{key}' is not a language of the site"))
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(path, value.line_of(lang) if lang in value else value.line,
                                        f"'{name}.{lang}' is missing or empty", f"text in {lang} for every language"))
        return problems
    elif spec.kind == "list":
        if not isinstance(value, Sequence):
            return wrong(f"is {describe(value)}")
        problems = []
        for index, item in enumerate(value):
            item_name = f"{name}[{index + 1}]"
            if spec.item and spec.item.kind == "record":
                problems += check_fields(item, spec.item.fields, path, item_name)
            elif spec.item:
                problems += check_value(item, spec.item, path, value.line_of(index), item_name)
        return problems
    elif spec.kind == "record":
        return check_fields(value, spec.fields, path, name)
    return []


def not_a_language(texts: Mapping, key, owner: str, path: str, wrong_language: str) -> Problem:
    """A key of a kk/ru/en mapping that is not a language; with no value, it is the end of a text cut at a comma
    (``{ru: Дисциплины, формирующие результат}`` reads as ru: Дисциплины and a key «формирующие результат»)."""
    if texts[key] is None and not (isinstance(key, str) and re.fullmatch(r"[a-z]{2}", key)):
        return Problem(path, texts.line_of(key), f"{owner}: the text '{key}' after a comma became a key of its own",
                       "put a text that contains a comma in quotes: ru: \"…, …\"")
    return Problem(path, texts.line_of(key), wrong_language, "languages: " + ", ".join(LANGUAGES))


def _name(context: str, key) -> str:
    return f"{context}.{key}" if context else str(key)


def describe(value) -> str:
    """A value as a message names it: empty, a mapping, a list, 'text'."""
    if value is None or (isinstance(value, (Mapping, dict, Sequence, list)) and not value):
        return "empty"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, (Mapping, dict)):
        return "a mapping"
    if isinstance(value, (Sequence, list)):
        return "a list"
    if isinstance(value, str):
        return f"'{value}'" if value.strip() else "empty"
    return f"'{value}'"
