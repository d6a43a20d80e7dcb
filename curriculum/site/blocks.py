"""Markers in committed pages that are replaced by generated blocks in the page's language.

A page carries ``<!-- curriculum:catalogue -->`` on a line of its own; the hook for that family of
blocks replaces it. Committed stub pages (rather than pages added in memory) are what
mkdocs-static-i18n localises, one build per language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from curriculum.checks.markers import MARKER, in_code
from curriculum.site.graph import prerequisite_graph
from curriculum.site.pathway_page import pathway_facts, pathway_plan, pathway_recognition
from curriculum.site.render import (catalogue, electives, grading_scale, home_facts, outcomes, passport_facts,
                                    schema_reference,
                                    structure)

CURRICULUM_BLOCKS: dict[str, Callable] = {
    "curriculum:catalogue": catalogue,
    "curriculum:structure": structure,
    "curriculum:outcomes": outcomes,
    "curriculum:prerequisites": prerequisite_graph,
    "curriculum:passport-facts": passport_facts,
    "curriculum:home-facts": home_facts,
    "curriculum:schema": schema_reference,
    "curriculum:electives": electives,
    "curriculum:pathway-facts": pathway_facts,
    "curriculum:pathway-plan": pathway_plan,
    "curriculum:pathway-recognition": pathway_recognition,
    "grading-scale": grading_scale,
}


# Blocks that need the page's width: a page that carries one has no table of contents beside it.
WIDE_BLOCKS = frozenset({"curriculum:catalogue", "curriculum:outcomes", "curriculum:prerequisites"})


def takes_full_width(markdown: str) -> bool:
    return any(name in WIDE_BLOCKS for name in markers_in(markdown))


def markers_in(markdown: str) -> list[str]:
    return [match["name"] for match in MARKER.finditer(markdown)]


def expand_markers(markdown: str, renderers: Mapping[str, Callable[[], str]]) -> str:
    """Replace each known marker by its block; markers of other families are left for their hooks, and a marker
    shown as an example in a code block stays as written."""
    if not any(name in markdown for name in renderers):
        return markdown
    examples = in_code(markdown)

    def replace(match: re.Match) -> str:
        render = renderers.get(match["name"])
        if render is None or markdown.count("\n", 0, match.start()) + 1 in examples:
            return match.group(0)
        return f"\n{render()}\n"

    return MARKER.sub(replace, markdown)
