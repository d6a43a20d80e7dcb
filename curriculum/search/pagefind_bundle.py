"""Make Pagefind's bundle byte-identical from one build of the same site to the next.

Pagefind 1.5.2 writes the values inside a filter file, and the list of filters in each language's metadata
file, in hash-map order, which changes from run to run; and it names each file by a hash of its content,
so the names change too (pagefind/pagefind#638: fragments were made stable upstream, filters were not).
Everything else it writes is stable. :func:`stabilise` sorts both lists, writes those files again, names
them by a hash of their new content, and points the metadata and ``pagefind-entry.json`` at the new names.

A packed file is gzip-compressed CBOR after a 12-byte signature. cbor2 re-encodes Pagefind's CBOR byte for
byte (checked on its own files), so sorting is the only change.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

SIGNATURE = b"pagefind_dcd"
SUPPORTED_VERSION = "1.5.2"
META_CHUNKS, META_FILTERS = 2, 3  # MetaIndex fields: version, pages, index_chunks, filters, sorts, …
FILTER_DIGITS, META_DIGITS = 7, 10  # the lengths of Pagefind's own names (kk_95e2481, kk_f4bd42bea4)


class BundleFormatError(RuntimeError):
    """Pagefind wrote something this module does not know: upgrading Pagefind needs a look here."""


def read_packed(path: Path):
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise BundleFormatError(f"{path}: no Pagefind signature")
    return cbor2.loads(raw[len(SIGNATURE):])


def write_packed(folder: Path, prefix: str, lang: str, suffix: str, data, digits: int) -> str:
    """Write ``data`` packed as Pagefind does; the name is ``<lang>_<hash of the bytes>``, returned."""
    packed = gzip.compress(SIGNATURE + cbor2.dumps(data), compresslevel=9, mtime=0)
    name = f"{lang}_{hashlib.sha256(packed).hexdigest()[:digits]}"
    (folder / f"{prefix}{name}{suffix}").write_bytes(packed)
    return name


def stabilise(bundle: Path) -> None:
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    if entry.get("version") != SUPPORTED_VERSION:
        raise BundleFormatError(f"Pagefind {entry.get('version')} wrote {bundle}; curriculum/search/pagefind_bundle.py "
                                f"knows the format of {SUPPORTED_VERSION}")
    for lang, language in entry["languages"].items():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = read_packed(meta_path)
        filters = meta[META_FILTERS]
        if not all(isinstance(f, list) and len(f) == 2 and all(isinstance(x, str) for x in f) for f in filters):
            raise BundleFormatError(f"{meta_path}: field {META_FILTERS} is not the list of [filter, file] pairs")
        renamed = []
        for filter_name, file_name in filters:
            filter_path = bundle / "filter" / f"{file_name}.pf_filter"
            name, values = read_packed(filter_path)
            filter_path.unlink()
            stable = write_packed(bundle / "filter", "", lang, ".pf_filter",
                                  [name, sorted(values, key=lambda value: value[0])], FILTER_DIGITS)
            renamed.append([filter_name, stable])
        meta[META_FILTERS] = sorted(renamed)
        meta_path.unlink()
        language["hash"] = write_packed(bundle, "pagefind.", lang, ".pf_meta", meta, META_DIGITS)
    entry_path.write_text(json.dumps(entry, sort_keys=True), encoding="utf-8")


def index_words(bundle: Path, lang: str, within: tuple[str, str] | None = None) -> list[str]:
    """Every word of a language's index as the pages write it (Pagefind keys a word without its marks, й as и,
    and keeps the forms with marks as variants; a key no page writes has no pages of its own). ``within``
    (first, last): only the index chunks whose words may fall between them are read (decoding is the cost)."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta = read_packed(bundle / f"pagefind.{entry['languages'][lang]['hash']}.pf_meta")
    words = set()
    for chunk in meta[META_CHUNKS]:
        if not (isinstance(chunk, list) and len(chunk) == 3 and all(isinstance(part, str) for part in chunk)):
            raise BundleFormatError(f"{bundle}: field {META_CHUNKS} of the {lang} metadata is not [from, to, file]")
        if within and (chunk[0] > within[1] or chunk[1] < within[0]):
            continue
        [entries] = read_packed(bundle / "index" / f"{chunk[2]}.pf_index")
        for key, pages, variants in entries:
            words.update([key] if pages else [])
            words.update(form for form, *_ in variants)
    return sorted(words)
