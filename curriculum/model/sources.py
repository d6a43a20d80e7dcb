"""Contributors' text files as every check reads them: UTF-8, without a byte-order mark.

An editor on Windows may save a page or a data file in Windows-1251, as UTF-16 ("Unicode") or as UTF-8 with a
byte-order mark. :func:`encoding_problems` says so once, at the line of the first byte that cannot be read;
every other check reads through :func:`read_text`, which gives None for a file that is not UTF-8 text (so no
check crashes on it, or reports it again) and drops a byte-order mark (so no check misreads the first line).
"""

from __future__ import annotations

from pathlib import Path

from curriculum.model.problems import Problem

BYTE_ORDER_MARK = "\ufeff"
SAVE_AS_UTF8 = "save the file as UTF-8 (in the editor: Save as… → Encoding: UTF-8)"


# path → (bytes, text) of the last read: the checks read every page several times, and again after each save.
_decoded: dict[str, tuple[bytes, str | None]] = {}


def read_text(path: Path) -> str | None:
    """The file's text with universal newlines, or None when it is not UTF-8 text."""
    data = Path(path).read_bytes()
    known = _decoded.get(str(path))
    if known is not None and known[0] == data:
        return known[1]
    text = _decode(data)
    _decoded[str(path)] = (data, text)
    return text


def _decode(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text.removeprefix(BYTE_ORDER_MARK).replace("\r\n", "\n").replace("\r", "\n")


def encoding_problems(path: Path, shown: str) -> list[Problem]:
    """What is wrong with how the file was saved: another encoding, UTF-16, a byte-order mark."""
    data = Path(path).read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return [Problem(shown, 1, "not UTF-8 text: saved as UTF-16 ('Unicode')", SAVE_AS_UTF8)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return [Problem(shown, line, f"not UTF-8 text: byte 0x{data[error.start]:02X} cannot be read "
                                     "(the file was saved in another encoding, such as Windows-1251)", SAVE_AS_UTF8)]
    if text.startswith(BYTE_ORDER_MARK):
        return [Problem(shown, 1, "the file starts with a byte-order mark (BOM)",
                        "save it as UTF-8 without BOM (in Notepad: 'UTF-8', not 'UTF-8 with BOM')")]
    return []
