"""Every label the site shows: the groups of data/labels.yml and the keys each must have.

The groups of codes take their keys from the data format (curriculum/model/schema.py): a label for each value a
record may hold. The interface's groups are listed here, because the code asks for them by name; a fork may
reword any label but not drop one, and the check says which is missing before a build would fail on it
(tests/model/test_labels.py keeps this list and data/labels.yml the same).
"""

from __future__ import annotations

from curriculum.model.schema import COURSE_FIELDS, HOURS_FIELDS

_FIELD_KINDS = ("text", "whole", "number", "boolean", "choice", "lang-text", "list", "record")

CODE_GROUPS: dict[str, tuple[str, ...]] = {
    "cycle": COURSE_FIELDS["cycle"].choices,
    "cycle_name": COURSE_FIELDS["cycle"].choices,
    "component": COURSE_FIELDS["component"].choices,
    "component_name": COURSE_FIELDS["component"].choices,
    "kind": COURSE_FIELDS["kind"].choices,
    "assessment": COURSE_FIELDS["assessment"].choices,
    "hours": tuple(HOURS_FIELDS),
    "schema_kind": _FIELD_KINDS,
}

INTERFACE_GROUPS: dict[str, tuple[str, ...]] = {
    "ui": ("code", "title", "course", "courses", "matrix_hint", "credits", "credits_ects", "credits_unit", "hours",
        "hours_unit", "semester", "cycle", "component", "module", "track", "kind", "prerequisites", "postrequisites",
        "outcomes", "assessment", "syllabus", "syllabus_full", "syllabus_summary", "none", "all", "filter", "shown",
        "reset", "total", "standard", "plan", "status", "ok", "not_ok", "one_track", "elective_choice", "at_least",
        "exactly", "between", "dublin", "naspaa", "served_by", "graph_title", "graph_desc", "graph_legend",
        "graph_course", "graph_elective", "graph_internship", "graph_arrow", "graph_hint", "graph_text", "requires",
        "no_prerequisites", "programme_code", "university", "university_unset", "contact", "code_to_assign", "degree",
        "field", "direction", "duration", "years", "total_credits", "languages", "grading", "letter", "points",
        "gpa_points", "grade_scheme", "grade_source", "open_data", "field_name", "required", "allowed", "meaning",
        "answer_yes", "answer_no", "glossary_letters", "glossary_count", "abbreviation", "synonyms", "source",
        "article", "related", "used_in", "downloads", "csv_file", "tbx_file", "downloads_licence", "csv_metadata",
        "last_changed", "tr_page", "tr_source", "group", "one_of", "options", "tracks", "elective_groups",
        "choice_share", "tr_current", "tr_stale", "tr_untracked", "tr_missing", "lang_kk", "lang_ru", "lang_en"),
    "pathway": ("entry", "length", "length_value", "unit_semester", "unit_year", "credits", "credits_value", "load",
        "load_value", "mode", "track", "semester", "recognition_term", "may_be_recognised", "course", "counts_from",
        "task", "recognised_total", "evidence", "not_counted", "excluded", "source"),
    "legal": ("number_sign", "to_check", "note_ended", "note_expired", "note_not_in_force", "status_in-force",
        "status_superseded", "status_repealed", "status_expired", "status_draft", "status_not-adopted", "act",
        "status", "in_force", "ended", "replaced_by", "checked", "never", "cited_in", "glossary", "group_in-force",
        "group_draft", "group_historical", "summary", "checks_pending"),
    "documents": ("download", "downloads", "docx", "pdf", "kilobytes", "megabytes", "university", "programme", "lecturer",
        "contacts", "version", "intake", "draft", "built_on", "address", "intake_short", "draft_short"),
    "licence": ("footer", "third_party", "model", "adopt", "authors", "attribution_model", "attribution_adopted",
        "how_to_cite", "cite", "kind_model", "kind_adopted"),
    "version": ("notice", "open_latest", "draft", "open_current"),
    "not_found": ("title", "text", "home", "catalogue", "glossary"),
    "footer": ("made_with",),
    "offline": ("open", "offer", "keep", "saving", "kept", "remove", "failed", "megabytes"),
}

LABEL_KEYS: dict[str, tuple[str, ...]] = {**CODE_GROUPS, **INTERFACE_GROUPS}
