"""Typed records of the curriculum, built from data files that passed the schema checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

CYCLE_ORDER = ("OOD", "BD", "PD", "IA")
COMPONENT_ORDER = ("OK", "VK", "KV", "IA")


@dataclass(frozen=True)
class Located:
    """Where a record came from, so later checks can still name path:line."""

    path: str
    lines: dict = field(default_factory=dict, compare=False, repr=False)

    def line(self, key: str | None = None) -> int | None:
        return self.lines.get(key, self.lines.get(None))


@dataclass(frozen=True)
class Outcome:
    id: str
    text: dict
    dublin: tuple[str, ...]
    naspaa: tuple[str, ...]


@dataclass(frozen=True)
class Named:
    id: str
    name: dict


@dataclass(frozen=True)
class Programme(Located):
    name: dict = field(default_factory=dict)
    degree: dict = field(default_factory=dict)
    field_of_education: dict = field(default_factory=dict)
    direction: dict = field(default_factory=dict)
    total_credits: int = 0
    duration_years: int = 0
    semesters: int = 0
    assessment: dict = field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()
    modules: tuple[Named, ...] = ()
    tracks: tuple[Named, ...] = ()
    # Elective groups: in the group's semester a student takes one of its courses, whatever the track.
    elective_groups: tuple[Named, ...] = ()

    def outcome_ids(self) -> list[str]:
        return [outcome.id for outcome in self.outcomes]


@dataclass(frozen=True)
class University(Located):
    """The adopting university (data/university.yml): all an adopter changes to publish the programme as its own.

    The repository itself is the model programme, not a university: there ``name`` and ``programme_code``
    are None, and the site says so rather than invent a university.
    """

    name: dict | None = None  # {"kk": …, "ru": …, "en": …}
    programme_code: str | None = None  # assigned by the university's entry in the Register of educational programmes
    languages_of_instruction: tuple[str, ...] = ()
    site_url: str | None = None  # the address the site is served at; a deployment's SITE_URL overrides it
    contact: str | None = None  # an e-mail address or a web address
    logo: str | None = None  # a file under docs/, e.g. assets/university-logo.svg

    @property
    def is_set(self) -> bool:
        """A university has adopted the programme: it has a name."""
        return self.name is not None

    def site_address(self, environ: Mapping[str, str]) -> str:
        """Where the site is served: a deployment's SITE_URL, else this file's site_url, else PAGES_URL (the
        GitHub Pages address the publish workflow works out); "" when none is known."""
        return environ.get("SITE_URL") or self.site_url or environ.get("PAGES_URL") or ""

    def contact_href(self) -> str | None:
        if not self.contact:
            return None
        return self.contact if "://" in self.contact else f"mailto:{self.contact}"


@dataclass(frozen=True)
class Course(Located):
    code: str = ""
    kind: str = "course"
    title: dict = field(default_factory=dict)
    credits: int = 0
    semester: int = 0
    cycle: str = ""
    component: str = ""
    module: str = ""
    track: str | None = None
    group: str | None = None  # an elective group of data/programme.yml (KV courses that are not of a track)
    hours: dict = field(default_factory=dict)
    prerequisites: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    assessment: str = "exam"
    syllabus: str = "summary"

    @property
    def total_hours(self) -> int:
        return sum(self.hours.values())

    @property
    def slug(self) -> str:
        """The page name: docs/<lang>/courses/<slug>.md, URL /courses/<slug>/."""
        return self.code.lower()

    @property
    def is_elective(self) -> bool:
        return self.component == "KV"

    @property
    def is_final_attestation(self) -> bool:
        return self.kind == "final-attestation"


@dataclass(frozen=True)
class LegalAct(Located):
    """An act of the legal register (data/legal-acts.yml), with where it stands today."""

    id: str = ""
    kind: str = "law"
    title: dict = field(default_factory=dict)
    status: str = "in-force"
    date: str | None = None
    number: str | None = None
    in_force: str | None = None
    ended: str | None = None
    replaced_by: str | None = None
    adilet: str | None = None
    checked: str | None = None  # the date of the last check against the official text; None: never
    note: dict | None = None
    superseded_forms: dict = field(default_factory=dict)

    @property
    def is_historical(self) -> bool:
        """No longer in force: a page cites it only as history."""
        return self.status in ("superseded", "repealed", "expired")


@dataclass(frozen=True)
class PathwayTerm:
    semester: int
    courses: tuple[str, ...]
    groups: tuple[str, ...]
    line: int
    course_lines: tuple[int, ...] = field(default=(), compare=False)
    group_lines: tuple[int, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class PriorModule:
    """A module (or seminar topic) of training taken before, which may count towards a course."""

    id: str
    name: dict
    source: str  # the id of its training programme
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class PriorSource:
    id: str
    name: dict
    source: str | None
    modules: tuple[PriorModule, ...]
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Recognition:
    """One course that prior learning may count towards, the modules that may, and the task to submit."""

    course: str
    modules: tuple[str, ...]
    task: dict
    line: int = field(default=0, compare=False)
    module_lines: tuple[int, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Pathway(Located):
    """The accelerated pathway for serving akims (data/pathway.yml): a proposal of this programme."""

    name: dict = field(default_factory=dict)
    track: str | None = None
    entry: tuple[dict, ...] = ()
    mode: tuple[dict, ...] = ()
    semester_credits: dict = field(default_factory=dict)
    terms: tuple[PathwayTerm, ...] = ()
    cap_credits: int = 0
    recognition_term: int = 0
    excluded_cycles: tuple[str, ...] = ()
    excluded_courses: tuple[str, ...] = ()
    evidence: tuple[dict, ...] = ()
    sources: tuple[PriorSource, ...] = ()
    recognitions: tuple[Recognition, ...] = ()

    def modules(self) -> dict[str, PriorModule]:
        return {m.id: m for s in self.sources for m in s.modules}

    def recognised_codes(self) -> list[str]:
        return [r.course for r in self.recognitions]


@dataclass
class Curriculum:
    programme: Programme
    courses: dict[str, Course]
    standard: dict
    labels: dict
    acts: dict[str, LegalAct] = field(default_factory=dict)
    university: University = field(default_factory=lambda: University(path=""))
    # Codes (file names) of course records that could not be read: totals would be wrong without them.
    unreadable: frozenset[str] = frozenset()
    # The line of each top-level key of data/standard.yml, so a rule of the standard can be named at its line.
    standard_lines: dict = field(default_factory=dict)
    # The accelerated pathway (data/pathway.yml), if the programme has one.
    pathway: "Pathway | None" = None

    def ordered(self) -> list[Course]:
        """Semester by semester; within one, as study plans list them: cycle, component, code."""
        return sorted(self.courses.values(), key=lambda c: (c.semester, CYCLE_ORDER.index(c.cycle),
                                                             COMPONENT_ORDER.index(c.component), c.track or "", c.code))

    def postrequisites(self, code: str) -> list[str]:
        return sorted(c.code for c in self.courses.values() if code in c.prerequisites)

    def reference_track(self) -> str | None:
        """The track whose electives are counted in the plan's totals (all tracks carry the same credits)."""
        return self.programme.tracks[0].id if self.programme.tracks else None

    def plan(self, track: str | None = None) -> list[Course]:
        """The courses one student takes: the compulsory ones, the electives of one track (the counted one
        unless ``track`` says otherwise) and the first course of each elective group (a group's courses
        carry the same credits in the same semester and cycle, so any choice gives the same totals)."""
        track = track or self.reference_track()
        first_of_group = {}
        for course in sorted(self.courses.values(), key=lambda c: c.code):
            if course.is_elective and course.group:
                first_of_group.setdefault(course.group, course.code)
        return [c for c in self.ordered()
                if not c.is_elective or (c.track and c.track == track)
                or (c.group and first_of_group.get(c.group) == c.code)]

    def group_courses(self, group_id: str) -> list[Course]:
        return [c for c in self.ordered() if c.is_elective and c.group == group_id]

    def label(self, group: str, key: str, lang: str) -> str:
        return self.labels[group][key][lang]

    def module(self, module_id: str) -> Named | None:
        return next((m for m in self.programme.modules if m.id == module_id), None)

    def track(self, track_id: str) -> Named | None:
        return next((t for t in self.programme.tracks if t.id == track_id), None)

    def elective_group(self, group_id: str) -> Named | None:
        return next((g for g in self.programme.elective_groups if g.id == group_id), None)
