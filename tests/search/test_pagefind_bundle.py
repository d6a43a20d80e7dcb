"""Pagefind's filter files re-packed in a stable order (curriculum/search/pagefind_bundle.py), without MkDocs."""

import hashlib
import json
from pathlib import Path

import pytest

from curriculum.search.pagefind_bundle import BundleFormatError, read_packed, stabilise, write_packed


def make_bundle(folder: Path, values: list, filters_order: list[str]) -> Path:
    """A bundle as Pagefind 1.5.2 writes it, with the filter values and the filters in the given order."""
    (folder / "filter").mkdir(parents=True)
    files = {"term": write_packed(folder / "filter", "", "kk", ".pf_filter", ["term", values], 7),
             "kind": write_packed(folder / "filter", "", "kk", ".pf_filter", ["kind", [["glossary", [3, 4]]]], 7)}
    meta = ["1.5.2", [["page", 10]], [["a", "z", "kk_chunk"]], [[name, files[name]] for name in filters_order], [], []]
    meta_name = write_packed(folder, "pagefind.", "kk", ".pf_meta", meta, 10)
    (folder / "pagefind-entry.json").write_text(json.dumps(
        {"version": "1.5.2", "languages": {"kk": {"hash": meta_name, "wasm": None, "page_count": 1}}}), encoding="utf-8")
    return folder


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_bundles_that_differ_only_in_hash_map_order_become_byte_identical(tmp_path):
    one = make_bundle(tmp_path / "one", [["әкім", [1, 2]], ["бюджет", [5]]], ["term", "kind"])
    two = make_bundle(tmp_path / "two", [["бюджет", [5]], ["әкім", [1, 2]]], ["kind", "term"])
    assert digest(one) != digest(two)
    stabilise(one)
    stabilise(two)
    assert digest(one) == digest(two)


def test_the_stable_bundle_points_at_its_files_and_keeps_every_value(tmp_path):
    bundle = make_bundle(tmp_path / "b", [["бюджет", [5]], ["әкім", [1, 2]]], ["term", "kind"])
    stabilise(bundle)
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta = read_packed(bundle / f"pagefind.{entry['languages']['kk']['hash']}.pf_meta")
    assert [name for name, _ in meta[3]] == ["kind", "term"]
    term_file = dict(meta[3])["term"]
    assert read_packed(bundle / "filter" / f"{term_file}.pf_filter") == ["term", [["бюджет", [5]], ["әкім", [1, 2]]]]
    assert sorted(p.name for p in (bundle / "filter").iterdir()) == sorted(f"{f}.pf_filter" for _, f in meta[3])
    assert len(list(bundle.glob("*.pf_meta"))) == 1


def test_an_unknown_pagefind_version_is_refused_with_where_to_look(tmp_path):
    bundle = make_bundle(tmp_path / "b", [], ["term"])
    entry = bundle / "pagefind-entry.json"
    entry.write_text(entry.read_text(encoding="utf-8").replace("1.5.2", "9.9.9"), encoding="utf-8")
    with pytest.raises(BundleFormatError, match="Pagefind 9.9.9 .* knows the format of 1.5.2"):
        stabilise(bundle)
