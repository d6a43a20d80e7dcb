"""Load the data folder into a :class:`Curriculum`, collecting every schema problem on the way."""

from __future__ import annotations

from pathlib import Path

from curriculum.languages import LANGUAGES
from curriculum.model.label_keys import LABEL_KEYS
from curriculum.model.records import (Course, Curriculum, LegalAct, Named, Outcome, Pathway, PathwayTerm, PriorModule,
                                      PriorSource, Programme, Recognition, University)
from curriculum.model.problems import Problem
from curriculum.model.schema import (ACT_FIELDS, COURSE_FIELDS, PATHWAY_FIELDS, PROGRAMME_FIELDS, STANDARD_FIELDS,
                                     UNIVERSITY_FIELDS, check_fields, describe, not_a_language)
from curriculum.model.yamlsource import Mapping, Sequence, load_yaml


# Keys that data/programme.yml had before the adopting university got its own file: a fork that takes later
# improvements may still carry them.
MOVED_TO_UNIVERSITY = {"code": "programme_code", "languages_of_instruction": "languages_of_instruction"}


def load_curriculum(data_dir: Path, shown_root: str = "data") -> tuple[Curriculum | None, list[Problem]]:
    """The curriculum (None when the programme or standard files are unusable) and every problem found."""
    data_dir = Path(data_dir)
    problems: list[Problem] = []

    programme_raw, found = _load_checked(data_dir / "programme.yml", f"{shown_root}/programme.yml", PROGRAMME_FIELDS,
                                         moved=MOVED_TO_UNIVERSITY)
    problems += found
    university_raw, found = _load_checked(data_dir / "university.yml", f"{shown_root}/university.yml", UNIVERSITY_FIELDS)
    problems += found
    standard_raw, found = _load_checked(data_dir / "standard.yml", f"{shown_root}/standard.yml", STANDARD_FIELDS)
    problems += found
    labels, found = _load_labels(data_dir / "labels.yml", f"{shown_root}/labels.yml")
    problems += found
    acts, found = _load_acts(data_dir / "legal-acts.yml", f"{shown_root}/legal-acts.yml")
    problems += found
    courses, found = _load_courses(data_dir / "courses", f"{shown_root}/courses")
    problems += found
    unreadable = frozenset(Path(p.path).stem for p in found if p.path.startswith(f"{shown_root}/courses/"))
    pathway, found = _load_pathway(data_dir / "pathway.yml", f"{shown_root}/pathway.yml")
    problems += found

    if programme_raw is None or standard_raw is None or labels is None or university_raw is None:
        return None, problems
    programme = _build_programme(programme_raw, f"{shown_root}/programme.yml")
    university = _build_university(university_raw, f"{shown_root}/university.yml")
    return Curriculum(programme, courses, _plain(standard_raw), labels, acts=acts, university=university,
                      unreadable=unreadable, standard_lines=dict(standard_raw.key_lines), pathway=pathway), problems


def load_university(data_dir: Path, shown_root: str = "data") -> tuple[University | None, list[Problem]]:
    """The adopting university's settings alone (the publishing command needs the site's address)."""
    raw, problems = _load_checked(Path(data_dir) / "university.yml", f"{shown_root}/university.yml", UNIVERSITY_FIELDS)
    return (None if raw is None else _build_university(raw, f"{shown_root}/university.yml")), problems


def _load_checked(path: Path, shown: str, fields, moved: dict[str, str] | None = None) -> tuple[Mapping | None, list[Problem]]:
    if not path.exists():
        return None, [Problem(shown, None, "file is missing", "restore it from the repository")]
    raw, problems = load_yaml(path, shown)
    if problems:
        return None, problems
    if isinstance(raw, Mapping):
        for key, new_key in (moved or {}).items():
            if key in raw:
                problems.append(Problem(shown, raw.line_of(key), f"'{key}' belongs to the adopting university now",
                                        f"write it as '{new_key}:' in data/university.yml and remove it here"))
                raw = _without(raw, key)
    problems += check_fields(raw, fields, shown)
    return (None if problems else raw), problems


def _without(mapping: Mapping, key) -> Mapping:
    result = Mapping((k, v) for k, v in mapping.items() if k != key)
    result.line, result.key_lines = mapping.line, mapping.key_lines
    return result


def _load_courses(folder: Path, shown_folder: str) -> tuple[dict[str, Course], list[Problem]]:
    courses: dict[str, Course] = {}
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    for path in sorted(folder.glob("*")):
        shown = f"{shown_folder}/{path.name}"
        if path.name.startswith(".") or path.name.endswith("~"):
            continue  # an editor's hidden or backup file, not the contributor's
        if path.suffix not in (".yml", ".yaml") or not path.is_file():
            problems.append(Problem(shown, None, "not a course record", "one YAML file per course: <CODE>.yml"))
            continue
        raw, found = load_yaml(path, shown)
        if found:
            problems += found
            continue
        found = check_fields(raw, COURSE_FIELDS, shown)
        if found:
            problems += found
            continue
        code = raw["code"]
        if path.stem != code:
            problems.append(Problem(shown, raw.line_of("code"), f"code {code} does not match the file name",
                                    f"name the file {code}.yml, or change the code to {path.stem}"))
            continue
        if code in first_seen:
            problems.append(Problem(shown, raw.line_of("code"), f"duplicate course code {code}",
                                    f"each code is used once; {first_seen[code]} already has it"))
            continue
        first_seen[code] = shown
        courses[code] = _build_course(raw, shown)
    return courses, problems


UNREADABLE_ACT = LegalAct(path="", id="", status="unreadable")


def _load_acts(path: Path, shown: str) -> tuple[dict[str, LegalAct], list[Problem]]:
    """The legal register: one entry per act, in the order of the file."""
    if not path.exists():
        return {}, []
    raw, problems = load_yaml(path, shown)
    if problems:
        return {}, problems
    if not isinstance(raw, Sequence):
        return {}, [Problem(shown, 1, "the file is not a list of acts", "a YAML list, one '- id: …' per act")]
    acts: dict[str, LegalAct] = {}
    for entry in raw:
        found = check_fields(entry, ACT_FIELDS, shown)
        if found:
            problems += found
            if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                acts[entry["id"]] = UNREADABLE_ACT  # known but broken: citations of it are not "unknown"
            continue
        if entry["id"] in acts:
            problems.append(Problem(shown, entry.line_of("id"), f"duplicate act id {entry['id']}", "each id is used once"))
            continue
        text = lambda key: _text(entry.get(key))
        forms = entry.get("superseded_forms") or {}
        acts[entry["id"]] = LegalAct(
            path=shown, lines={None: entry.line, **entry.key_lines}, id=entry["id"], kind=entry["kind"],
            title=dict(entry["title"]), status=entry["status"], date=text("date"), number=text("number"),
            in_force=text("in_force"), ended=text("ended"), replaced_by=text("replaced_by"), adilet=text("adilet"),
            checked=text("checked"), note=dict(entry["note"]) if entry.get("note") else None,
            superseded_forms={lang: tuple(str(form) for form in forms.get(lang) or ()) for lang in forms})
    return acts, problems


def _load_labels(path: Path, shown: str) -> tuple[dict | None, list[Problem]]:
    """Interface words: groups (ui:, cycle:, …) of labels, each with its kk, ru and en text."""
    if not path.exists():
        return None, [Problem(shown, None, "file is missing", "restore it from the repository")]
    raw, problems = load_yaml(path, shown)
    if problems:
        return None, problems
    if not isinstance(raw, Mapping) or not raw:
        return None, [Problem(shown, getattr(raw, "line", 1), f"the file is {describe(raw)}",
                              "groups of interface words (ui:, cycle:, …), each label with its kk, ru and en text")]
    for group, entries in raw.items():
        if group not in LABEL_KEYS:
            problems.append(Problem(shown, raw.line_of(group), f"label group '{group}' is not one the site shows",
                                    f"the groups: {', '.join(LABEL_KEYS)}"))
            continue
        if not isinstance(entries, Mapping) or not entries:
            problems.append(Problem(shown, raw.line_of(group), f"label group '{group}' is {describe(entries)}",
                                    "a mapping of labels, each with its kk, ru and en text"))
            continue
        for key, texts in entries.items():
            if not isinstance(texts, Mapping):
                problems.append(Problem(shown, entries.line_of(key), f"label {group}.{key} is {describe(texts)}",
                                        "every label has kk, ru and en text under it"))
                continue
            for lang in texts:
                if lang not in LANGUAGES:
                    problems.append(not_a_language(texts, lang, f"label {group}.{key}", shown,
                                                   f"label {group}.{key} has '{lang}', which is not a language of the site"))
            missing = [lang for lang in LANGUAGES if not isinstance(texts.get(lang), str) or not texts[lang].strip()]
            if missing:
                problems.append(Problem(shown, entries.line_of(key), f"label {group}.{key} has no text for {', '.join(missing)}",
                                        "every label has kk, ru and en text"))
    problems += _label_key_problems(raw, shown)
    return (None if problems else _plain(raw)), problems


def _label_key_problems(raw: Mapping, shown: str) -> list[Problem]:
    """Every label the site shows is there (curriculum/model/label_keys.py), and none it does not read: a
    misspelt key would otherwise go unseen while the label it meant is missing."""
    problems = []
    for group, keys in LABEL_KEYS.items():
        if group not in raw:
            problems.append(Problem(shown, 1, f"label group '{group}' is missing",
                                    f"restore it from the repository's {shown}: the site shows its labels ({', '.join(keys)})"))
            continue
        entries = raw[group]
        if not isinstance(entries, Mapping) or not entries:
            continue  # reported above
        for key in keys:
            if key not in entries:
                problems.append(Problem(shown, raw.line_of(group), f"label {group}.{key} is missing",
                                        f"restore it from the repository's {shown}, with its kk, ru and en text: the site shows it"))
        for key in entries:
            if key not in keys:
                problems.append(Problem(shown, entries.line_of(key), f"label {group}.{key} is not one the site shows",
                                        f"the keys of {group}: as in the repository's {shown} (check the spelling)"))
    return problems


def _build_course(raw: Mapping, shown: str) -> Course:
    lines = {None: raw.line, **raw.key_lines}
    if "prerequisites" in raw and raw["prerequisites"]:
        lines.update({("prerequisites", i): line for i, line in enumerate(raw["prerequisites"].item_lines)})
    lines.update({("outcomes", i): line for i, line in enumerate(raw["outcomes"].item_lines)})
    return Course(
        path=shown, lines=lines, code=raw["code"], kind=raw.get("kind") or "course", title=dict(raw["title"]),
        credits=raw["credits"], semester=raw["semester"], cycle=raw["cycle"], component=raw["component"],
        module=raw["module"], track=raw.get("track"), group=raw.get("group"), hours=dict(raw["hours"]),
        prerequisites=tuple(raw.get("prerequisites") or ()), outcomes=tuple(raw["outcomes"]),
        assessment=raw["assessment"], syllabus=raw["syllabus"])


def _build_programme(raw: Mapping, shown: str) -> Programme:
    lines = {None: raw.line, **raw.key_lines}
    for key in ("outcomes", "modules", "tracks", "elective_groups"):
        lines.update({(key, item["id"]): item.line for item in raw.get(key) or ()})
    return Programme(
        path=shown, lines=lines, name=dict(raw["name"]), degree=dict(raw["degree"]),
        field_of_education=_plain(raw["field"]), direction=_plain(raw["direction"]),
        total_credits=raw["total_credits"], duration_years=raw["duration_years"], semesters=raw["semesters"],
        assessment=_plain(raw["assessment"]),
        outcomes=tuple(Outcome(o["id"], dict(o["text"]), tuple(o["dublin"]), tuple(o["naspaa"])) for o in raw["outcomes"]),
        modules=tuple(Named(m["id"], dict(m["name"])) for m in raw["modules"]),
        tracks=tuple(Named(t["id"], dict(t["name"])) for t in raw["tracks"]),
        elective_groups=tuple(Named(g["id"], dict(g["name"])) for g in raw.get("elective_groups") or ()))


def _load_pathway(path: Path, shown: str) -> tuple[Pathway | None, list[Problem]]:
    """The accelerated pathway, if the programme has one (the file is optional)."""
    if not path.exists():
        return None, []
    raw, problems = _load_checked(path, shown, PATHWAY_FIELDS)
    if raw is None:
        return None, problems
    recognition = raw["recognition"]
    terms = tuple(
        PathwayTerm(semester=t["semester"], courses=tuple(t["courses"]), groups=tuple(t.get("groups") or ()), line=t.line,
                    course_lines=tuple(t["courses"].item_lines),
                    group_lines=tuple(t["groups"].item_lines) if t.get("groups") else ())
        for t in raw["terms"])
    sources = tuple(
        PriorSource(id=s["id"], name=dict(s["name"]), source=s.get("source"), line=s.line,
                    modules=tuple(PriorModule(m["id"], dict(m["name"]), s["id"], m.line) for m in s["modules"]))
        for s in recognition["sources"])
    recognitions = tuple(
        Recognition(course=r["course"], modules=tuple(r["modules"]), task=dict(r["task"]), line=r.line,
                    module_lines=tuple(r["modules"].item_lines))
        for r in recognition["courses"])
    lines = {None: raw.line, **raw.key_lines, **{("recognition", key): line for key, line in recognition.key_lines.items()}}
    return Pathway(
        path=shown, lines=lines, name=dict(raw["name"]), track=raw.get("track"),
        entry=tuple(dict(e) for e in raw["entry"]), mode=tuple(dict(m) for m in raw["mode"]),
        semester_credits=_plain(raw["semester_credits"]), terms=terms, cap_credits=recognition["cap_credits"],
        recognition_term=recognition["term"], excluded_cycles=tuple(recognition.get("excluded_cycles") or ()),
        excluded_courses=tuple(recognition.get("excluded_courses") or ()),
        evidence=tuple(dict(e) for e in recognition["evidence"]), sources=sources, recognitions=recognitions), []


def _build_university(raw: Mapping, shown: str) -> University:
    text = lambda key: _text(raw.get(key))
    return University(
        path=shown, lines={None: raw.line, **raw.key_lines}, name=dict(raw["name"]) if raw.get("name") else None,
        programme_code=text("programme_code"), languages_of_instruction=tuple(raw["languages_of_instruction"]),
        site_url=text("site_url"), contact=text("contact"), logo=text("logo"))


def _text(value) -> str | None:
    return None if value is None else str(value)


def _plain(value):
    """Line-aware containers back to plain dicts and lists."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
