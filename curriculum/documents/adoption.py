"""What the adopting university sets (data/university.yml, ``curriculum.university``) as documents print it: where
the model programme has no university or code yet, a :data:`BLANK` for the department to fill in."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from curriculum.languages import LANGUAGES

from curriculum.model.records import Curriculum

BLANK = "________________"


@dataclass(frozen=True)
class Adoption:
    name: dict | None = None  # {"kk": …, "ru": …, "en": …}
    programme_code: str | None = None
    site_url: str | None = None
    contact: str | None = None

    def university(self, lang: str) -> str:
        return (self.name or {}).get(lang) or BLANK

    def code(self) -> str:
        return self.programme_code or BLANK


def adoption(curriculum: Curriculum) -> Adoption:
    university = curriculum.university
    return Adoption(name=dict(university.name) if university.name else None,
                    programme_code=university.programme_code, site_url=university.site_url,
                    contact=university.contact)


def with_blanks(curriculum: Curriculum) -> Curriculum:
    """The curriculum as a printed document shows it: an unset university name or code becomes a blank to fill in."""
    university = curriculum.university
    if university.is_set and university.programme_code:
        return curriculum
    filled = dataclasses.replace(university, name=university.name or {lang: BLANK for lang in LANGUAGES},
                                 programme_code=university.programme_code or BLANK)
    return dataclasses.replace(curriculum, university=filled)
