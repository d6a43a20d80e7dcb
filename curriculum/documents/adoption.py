"""What the adopting university sets (issue #17's data/university.yml), read in one place.

Until that file is loaded as ``curriculum.university`` every field is unset and the documents print
:data:`BLANK` for the university to fill in; once it is, :func:`adoption` is the only reader to change.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    """The university's settings, read defensively: a field that is not set stays None."""
    settings = getattr(curriculum, "university", None)
    name = getattr(settings, "name", None)
    return Adoption(name=dict(name) if isinstance(name, dict) else None,
                    programme_code=getattr(settings, "programme_code", None) or curriculum.programme.code,
                    site_url=getattr(settings, "site_url", None), contact=getattr(settings, "contact", None))
