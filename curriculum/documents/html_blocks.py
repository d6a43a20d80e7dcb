"""HTML, as Markdown and the generated blocks produce it for a page, read into the document model.

The documents say what the page says: the page's Markdown is converted with the site's Markdown extensions
and its generated blocks (:mod:`curriculum.site.render`), and the HTML is then read here, element by element,
into headings, paragraphs, lists and tables. Links inside the site lose their address (a file has no
neighbours); interactive parts (the catalogue's filter, the prerequisite diagram) are left out.
"""

from __future__ import annotations

import re

import lxml.html

from curriculum.documents.model import Block, Cell, Heading, ListBlock, ListItem, Paragraph, Run, Runs, Table

_SKIPPED = {"form", "script", "style", "svg", "button", "nav", "hr", "template", "select", "input", "label"}
_INLINE_BOLD = {"strong", "b"}
_INLINE_ITALIC = {"em", "i"}
_BLOCKS_INSIDE_ITEM = {"p", "div"}
_SPACE = re.compile(r"\s+")


def html_to_blocks(html: str) -> list[Block]:
    if not html.strip():
        return []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks: list[Block] = []
    _read_children(root, blocks)
    return blocks


def _read_children(element, blocks: list[Block]) -> None:
    loose: list[Run] = []  # text directly inside a container, outside any paragraph
    if element.text and element.text.strip():
        loose += _text_runs(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        block_level = tag in {"p", "div", "ul", "ol", "table", "blockquote", "details", "dl", "pre", "section",
                              "article", "figure", "caption"} or re.fullmatch(r"h[1-6]", tag) or tag in _SKIPPED
        if block_level:
            _flush(loose, blocks)
            loose = []
            _read_block(child, tag, blocks)
        elif tag:
            loose += _inline_runs(child)
        if child.tail and child.tail.strip():
            loose += _text_runs(child.tail)
    _flush(loose, blocks)


def _flush(runs: list[Run], blocks: list[Block]) -> None:
    runs = _tidy(runs)
    if runs:
        blocks.append(Paragraph(runs))


def _read_block(element, tag: str, blocks: list[Block]) -> None:
    classes = set((element.get("class") or "").split())
    if tag in _SKIPPED or classes & {"catalogue-filter", "graph-scroll", "open-data", "document-downloads"}:
        return
    if re.fullmatch(r"h[1-6]", tag):
        text = "".join(run.text for run in _tidy(_inline_runs(element, skip_links=True)))
        if text:
            blocks.append(Heading(int(tag[1]), text))
    elif tag == "p":
        runs = _tidy(_inline_runs(element))
        if runs:
            bold = "admonition-title" in classes
            style = "note" if "note" in classes else ""
            blocks.append(Paragraph(tuple(Run(r.text, True, r.italic, r.href) for r in runs) if bold else runs, style))
    elif tag in ("ul", "ol"):
        items: list[ListItem] = []
        _read_list(element, 0, items)
        if items:
            blocks.append(ListBlock(tuple(items)))
    elif tag == "table":
        table = _read_table(element)
        if table.rows:
            blocks.append(table)
    elif tag == "dl":
        for child in element:
            runs = _tidy(_inline_runs(child))
            if runs:
                bold = child.tag == "dt"
                blocks.append(Paragraph(tuple(Run(r.text, bold or r.bold, r.italic, r.href) for r in runs)))
    elif tag == "details":
        summary = element.find("summary")
        if summary is not None:
            runs = _tidy(_inline_runs(summary))
            blocks.append(Paragraph(tuple(Run(r.text, True, r.italic, r.href) for r in runs)))
            element.remove(summary)
        _read_children(element, blocks)
    elif tag == "pre":
        blocks.append(Paragraph((Run(element.text_content().rstrip("\n")),)))
    else:  # div, blockquote, section…: their children are blocks of their own
        _read_children(element, blocks)


def _read_list(element, depth: int, items: list[ListItem]) -> None:
    ordered = element.tag == "ol"
    number = int(element.get("start") or 1)
    for item in element.iterchildren("li"):
        nested = [child for child in item if child.tag in ("ul", "ol")]
        runs: list[Run] = _text_runs(item.text or "")
        for child in item:
            if child.tag in ("ul", "ol"):
                pass
            elif child.tag in _BLOCKS_INSIDE_ITEM:
                if runs and runs[-1].text.strip():
                    runs.append(Run("\n"))
                runs += _inline_runs(child)
            else:
                runs += _inline_runs(child)
            if child.tail and child.tail.strip():
                runs += _text_runs(child.tail)
        items.append(ListItem(_tidy(runs), depth, f"{number}." if ordered else ""))
        number += 1
        for sublist in nested:
            _read_list(sublist, depth + 1, items)


def _read_table(element) -> Table:
    rows: list[tuple[Cell, ...]] = []
    header_rows = 0
    for row in element.iter("tr"):
        cells = tuple(Cell(_tidy(_inline_runs(cell)), header=cell.tag == "th", span=int(cell.get("colspan") or 1))
                      for cell in row if cell.tag in ("td", "th"))
        if row.getparent().tag == "thead":
            header_rows += 1
        rows.append(cells)
    caption = element.find("caption")
    caption_text = _SPACE.sub(" ", caption.text_content()).strip() if caption is not None else ""
    # Names down the left and values beside them (the passport's key facts): laid out as the documents' own head.
    facts = not header_rows and all(len(cells) == 2 and cells[0].header and not cells[1].header for cells in rows)
    return Table(tuple(rows), header_rows, caption_text, facts)


def _inline_runs(element, bold: bool = False, italic: bool = False, href: str | None = None,
                 skip_links: bool = False) -> list[Run]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIPPED or "headerlink" in (element.get("class") or ""):
        return []
    if tag == "br":
        return [Run("\n")]
    bold = bold or tag in _INLINE_BOLD
    italic = italic or tag in _INLINE_ITALIC
    if tag == "a" and not skip_links:
        target = element.get("href") or ""
        href = target if target.startswith(("http://", "https://")) else None
        if "act" in (element.get("class") or "").split():
            href = None  # an act named in the author's words: its address is printed with the full citation
    if tag == "span" and "act" in (element.get("class") or "").split() and not skip_links:
        # A full legal citation: title, date, number and note read as one, its official address after them.
        link = element.find("a")
        target = link.get("href") if link is not None else None
        return _text_runs("".join(element.itertext()), bold, italic, target)
    runs = _text_runs(element.text or "", bold, italic, href)
    for child in element:
        runs += _inline_runs(child, bold, italic, href, skip_links)
        runs += _text_runs(child.tail or "", bold, italic, href)
    return runs


def _text_runs(text: str, bold: bool = False, italic: bool = False, href: str | None = None) -> list[Run]:
    return [Run(_SPACE.sub(" ", text), bold, italic, href)] if text else []


def _tidy(runs: list[Run]) -> Runs:
    """Merge runs of one look, drop the spaces HTML would not show (at the edges and around line breaks)."""
    merged: list[Run] = []
    for run in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (run.bold, run.italic, run.href):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic, run.href)
        elif run.text:
            merged.append(run)
    text_so_far = ""
    tidied: list[Run] = []
    for run in merged:
        text = run.text
        if not text_so_far or text_so_far.endswith((" ", "\n")):
            text = text.lstrip(" ")
        text = text.replace(" \n", "\n").replace("\n ", "\n")
        if text:
            tidied.append(Run(text, run.bold, run.italic, run.href))
            text_so_far += text
    while tidied and not tidied[-1].text.rstrip(" \n"):
        tidied.pop()
    if tidied:
        last = tidied[-1]
        tidied[-1] = Run(last.text.rstrip(" \n"), last.bold, last.italic, last.href)
    return tuple(tidied)
