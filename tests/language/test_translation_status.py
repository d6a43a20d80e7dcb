"""Translations: missing ones fail, stale ones are reported, and the record survives shallow clones."""

from __future__ import annotations

from pathlib import Path

import pytest

from curriculum.language.translation_status import (CURRENT, MISSING, SOURCE, STALE, UNTRACKED, mark_translated, source_hash,
                                           translation_status)
from curriculum.language.translations import missing_translations

ROOT = Path(__file__).resolve().parents[2]


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def states(docs: Path) -> dict[str, dict[str, str]]:
    return {status.page: status.states for status in translation_status(docs)}


def test_every_real_page_exists_in_every_language():
    assert [str(p) for p in missing_translations(ROOT / "docs")] == []


def test_statuses_source_current_stale_untracked_missing(tmp_path):
    kk = write(tmp_path, "kk/a.md", "# Бет\n\nМәтін.\n")
    write(tmp_path, "ru/a.md", "# Страница\n")
    write(tmp_path, "en/a.md", "# Page\n")
    write(tmp_path, "kk/b.md", "# Б\n")
    write(tmp_path, "ru/b.md", "# Б\n")
    assert states(tmp_path)["a.md"] == {"kk": SOURCE, "ru": UNTRACKED, "en": UNTRACKED}
    assert states(tmp_path)["b.md"]["en"] == MISSING

    mark_translated(tmp_path / "ru/a.md", tmp_path)
    mark_translated(tmp_path / "en/a.md", tmp_path)
    assert states(tmp_path)["a.md"] == {"kk": SOURCE, "ru": CURRENT, "en": CURRENT}

    kk.write_text("# Бет\n\nМәтін   өзгерді.\n", encoding="utf-8")
    assert states(tmp_path)["a.md"] == {"kk": SOURCE, "ru": STALE, "en": STALE}
    mark_translated(tmp_path / "ru/a.md", tmp_path)
    assert states(tmp_path)["a.md"]["ru"] == CURRENT


def test_reflowing_the_source_is_not_a_change():
    assert source_hash("---\nx: 1\n---\n\nБір екі\nүш.\n") == source_hash("Бір   екі үш.\n")
    assert source_hash("Бір екі үш.") != source_hash("Бір екі төрт.")


def test_the_hash_is_recorded_in_existing_front_matter(tmp_path):
    write(tmp_path, "kk/c.md", "---\ncourse: ABC1101\n---\n\nМәтін.\n")
    ru = write(tmp_path, "ru/c.md", "---\ncourse: ABC1101\n---\n\nТекст.\n")
    recorded = mark_translated(ru, tmp_path)
    assert ru.read_text(encoding="utf-8") == f"---\ncourse: ABC1101\nsource_hash: {recorded}\n---\n\nТекст.\n"
    mark_translated(ru, tmp_path)
    assert ru.read_text(encoding="utf-8").count("source_hash") == 1


def test_the_source_itself_cannot_be_marked(tmp_path):
    kk = write(tmp_path, "kk/d.md", "Мәтін.\n")
    with pytest.raises(ValueError, match="the Kazakh page is the source"):
        mark_translated(kk, tmp_path)


def test_real_translations_are_tracked():
    untracked = [f"{lang}/{s.page}" for s in translation_status(ROOT / "docs") for lang, state in s.states.items()
                 if state == UNTRACKED and s.page != "contributing/index.md"]
    assert untracked == []


def test_translation_status_page_lists_every_page_in_every_language(built_site):
    for prefix, word in (("", "өзекті"), ("ru/", "актуален"), ("en/", "up to date")):
        html = (built_site / f"{prefix}contributing/translation-status/index.html").read_text(encoding="utf-8")
        assert "<code>courses/lsg2105.md</code>" in html and word in html
