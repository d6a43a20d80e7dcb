"""Under which terms the programme may be reused: content and data under CC BY 4.0, code under MIT.

The licence files are LICENSE-CONTENT and LICENSE at the repository's root; the words readers see are in
data/labels.yml (group ``licence``). The attribution line is what a reuser of the content or the open data
writes to credit it, as CC BY asks: the work, its authors, where it is published and the licence.
"""

from __future__ import annotations

from dataclasses import dataclass

from curriculum.languages import LANGUAGES
from curriculum.model.records import Curriculum


@dataclass(frozen=True)
class Licence:
    spdx: str
    name: str
    url: str
    deed_languages: tuple[str, ...] = ()  # the languages its publisher has a summary in, at <url>deed.<lang>

    def deed(self, lang: str) -> str:
        """Where a reader of ``lang`` reads the licence (its summary in that language, when there is one)."""
        return f"{self.url}deed.{lang}" if lang in self.deed_languages else self.url


# Prose, data, glossary and the generated pages; the file LICENSE-CONTENT holds the legal code.
CONTENT = Licence("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
                  "https://creativecommons.org/licenses/by/4.0/", deed_languages=("ru", "en"))
# The code: curriculum/, hooks/, overrides/, tests/, benchmarks/, the assets' scripts and styles; LICENSE.
CODE = Licence("MIT", "MIT License", "https://opensource.org/license/mit")


def attribution(curriculum: Curriculum, lang: str, site_url: str | None = None) -> str:
    """The line that credits the programme in ``lang``: the adopting university's adaptation, or the model
    programme itself, with the site's address when it is known."""
    label = lambda key: curriculum.label("licence", key, lang)
    university = curriculum.university
    source = f", {site_url}" if site_url else ""
    programme = curriculum.programme.name[lang]
    if university.is_set:
        return label("attribution_adopted").format(programme=programme, university=university.name[lang], source=source)
    return label("attribution_model").format(programme=programme, source=source)


def attributions(curriculum: Curriculum, site_url: str | None = None) -> dict[str, str]:
    return {lang: attribution(curriculum, lang, site_url) for lang in LANGUAGES}
