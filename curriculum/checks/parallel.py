"""What the translations of a page must share with the Kazakh page, item by item (section ids, the markers of
generated blocks): where a language's list differs from the reference language's."""

from __future__ import annotations

from dataclasses import dataclass

from curriculum.languages import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Difference:
    shown: str                      # the page that differs
    reference_shown: str            # the page it is compared with
    reference: list[str]            # the reference page's items, in order
    missing: list[str]              # items of the reference page this one lacks
    extra: list[tuple[int, str]]    # (line, item) this page has and the reference page does not


def differences(by_language: dict[str, tuple[str, list[tuple[int, str]]]]) -> list[Difference]:
    """``by_language``: language → (page as shown, its (line, item) in order). The reference is the Kazakh page,
    or the first language present; each other page whose items (or their order) differ is one Difference."""
    reference_lang = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in by_language else next(iter(by_language), None)
    if reference_lang is None:
        return []
    reference_shown, reference_items = by_language[reference_lang]
    reference = [item for _, item in reference_items]
    found = []
    for lang, (shown, items) in by_language.items():
        names = [item for _, item in items]
        if lang == reference_lang or names == reference:
            continue
        found.append(Difference(shown, reference_shown, reference, [item for item in reference if item not in names],
                                [(line, item) for line, item in items if item not in reference]))
    return found
