"""The document model: what a downloadable document says, independent of the file format that carries it.

A :class:`Document` is a title, running header and footer lines, and a sequence of blocks (headings,
paragraphs, lists, tables); :mod:`curriculum.documents.docx` and :mod:`curriculum.documents.pdf` each write
it out. Text is plain: escaping belongs to the writer of each format.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A stretch of text with one look; ``href`` only for addresses outside the site (http…)."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


Runs = tuple[Run, ...]


def plain(runs: Runs) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Heading:
    level: int  # 1 is the document's title
    text: str


@dataclass(frozen=True)
class Paragraph:
    runs: Runs
    style: str = ""  # "" running text, "note" a remark in smaller type, "kicker" the line above a title


@dataclass(frozen=True)
class ListItem:
    runs: Runs
    depth: int = 0
    marker: str = ""  # "3." for an ordered list, "" for a bullet


@dataclass(frozen=True)
class ListBlock:
    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class Cell:
    runs: Runs
    header: bool = False
    span: int = 1


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]
    header_rows: int = 0  # repeated at the top of each page
    caption: str = ""
    facts: bool = False  # a two-column table of names and values (the head of a syllabus)

    @property
    def columns(self) -> int:
        return max((sum(cell.span for cell in row) for row in self.rows), default=0)


Block = Heading | Paragraph | ListBlock | Table


@dataclass(frozen=True)
class Document:
    lang: str
    kind: str  # "syllabus", "passport" or "plan"
    title: str
    header: str  # the running header: programme, course, intake year
    footer: str  # the running footer: the page's address
    blocks: tuple[Block, ...]
    built: str  # ISO date the document was built, also its files' timestamp
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def text(self) -> str:
        """Every word of the document in reading order (tests and search read it)."""
        parts = [self.title]
        for block in self.blocks:
            if isinstance(block, Heading):
                parts.append(block.text)
            elif isinstance(block, Paragraph):
                parts.append(plain(block.runs))
            elif isinstance(block, ListBlock):
                parts += [f"{item.marker} {plain(item.runs)}".strip() for item in block.items]
            else:
                parts += [" | ".join(plain(cell.runs) for cell in row) for row in block.rows]
        return "\n".join(parts)


def column_widths(table: Table) -> tuple[float, ...]:
    """Each column's share of the width, from what it holds: a column of week numbers stays narrow, a column
    of long sentences gets the room. Both writers use these, so a table is laid out alike in DOCX and PDF."""
    columns = table.columns
    if table.facts and columns == 2:
        return (0.3, 0.7)
    longest_word = [4.0] * columns
    total_length = [0.0] * columns
    rows_seen = [0] * columns
    for row in table.rows:
        position = 0
        for cell in row:
            if cell.span == 1:
                text = plain(cell.runs)
                words = text.split()
                longest_word[position] = max(longest_word[position], min(14.0, max((len(w) for w in words), default=0)))
                if not cell.header:
                    total_length[position] += len(text)
                    rows_seen[position] += 1
            position += cell.span
    weights = [max(longest_word[i], (total_length[i] / max(1, rows_seen[i])) ** 0.9) for i in range(columns)]
    shares = [weight / sum(weights) for weight in weights]
    # A column is at least as wide as its longest word, up to LONGEST_KEPT letters (longer ones are hyphenated):
    # about LINE_CHARACTERS bold letters fill the table's width. "Апта" is then not broken into syllables; the
    # other columns give up that room in proportion to their size.
    least = [(min(longest_word[i], LONGEST_KEPT) + 2) / LINE_CHARACTERS for i in range(columns)]
    short = [i for i in range(columns) if shares[i] < least[i]]
    if short and len(short) < columns:
        room = 1 - sum(least[i] for i in short)
        rest = sum(shares[i] for i in range(columns) if i not in short)
        shares = [least[i] if i in short else shares[i] * room / rest for i in range(columns)]
    return tuple(shares)


LINE_CHARACTERS = 80
LONGEST_KEPT = 8
