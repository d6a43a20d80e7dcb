"""Write a :class:`~curriculum.documents.model.Document` as a Word file with python-docx: Word's own heading
styles (the navigation pane and a table of contents find them), real tables whose header rows repeat on each
page and whose rows are not split across pages, the running header and footer with the page number.

The text is marked in the page's language (spell checking in Word), in Times New Roman, the face Kazakhstani
departments type in, which has every Kazakh letter. Files are reproducible: the same document gives the same
bytes (the archive's dates are the day the document was built).
"""

from __future__ import annotations

import datetime
import io
import zipfile

from curriculum.documents.model import Document, Heading, ListBlock, Paragraph, Run, Runs, Table, column_widths

FONT = "Times New Roman"
WORD_LANGUAGES = {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-GB"}
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGINS_MM = {"top": 17, "bottom": 16, "left": 20, "right": 14}


def to_docx(document: Document) -> bytes:
    from docx import Document as new_word_document  # imported here: a build without documents does not load it
    from docx.shared import Mm

    word = new_word_document()
    _set_styles(word, document.lang)
    section = word.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    _running_lines(section, document)
    text_width = Mm(PAGE_WIDTH_MM - MARGINS_MM["left"] - MARGINS_MM["right"])
    for block in document.blocks:
        if isinstance(block, Heading):
            _add_runs(word.add_heading(level=min(block.level, 9)), (Run(block.text),))
        elif isinstance(block, Paragraph):
            _paragraph(word, block)
        elif isinstance(block, ListBlock):
            _list(word, block)
        else:
            _table(word, block, text_width)
    _properties(word, document)
    buffer = io.BytesIO()
    word.save(buffer)
    return _reproducible(buffer.getvalue(), document.built)


def _set_styles(word, lang: str) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    for name, size in (("Normal", 11), ("Heading 1", 15), ("Heading 2", 13), ("Heading 3", 11.5), ("Title", 16),
                       ("Header", 8), ("Footer", 8)):
        style = word.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        if name.startswith("Heading") or name == "Title":
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.bold = True
            style.font.italic = False
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attribute), None)
    normal = word.styles["Normal"]
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    language = normal.element.get_or_add_rPr()
    marker = language.find(qn("w:lang"))
    if marker is None:
        from docx.oxml import OxmlElement
        marker = OxmlElement("w:lang")
        language.append(marker)
    marker.set(qn("w:val"), WORD_LANGUAGES[lang])


def _running_lines(section, document: Document) -> None:
    header = section.header.paragraphs[0]
    header.text = document.header
    footer = section.footer.paragraphs[0]
    footer.text = f"{document.footer}\t"
    _page_number(footer)


def _page_number(paragraph) -> None:
    """"3 / 8": Word fills in the page and the number of pages (fields PAGE and NUMPAGES)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for index, field in enumerate(("PAGE", "NUMPAGES")):
        if index:
            paragraph.add_run(" / ")
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), field)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        simple.append(run)
        paragraph._p.append(simple)


def _paragraph(word, block: Paragraph) -> None:
    from docx.shared import Pt

    paragraph = word.add_paragraph()
    _add_runs(paragraph, block.runs)
    if block.style == "note":
        for run in paragraph.runs:
            run.font.size = Pt(9)
    if block.style == "kicker":
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = True


def _list(word, block: ListBlock) -> None:
    from docx.shared import Mm

    for item in block.items:
        if item.marker:
            paragraph = word.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(7 + 6 * item.depth)
            paragraph.paragraph_format.first_line_indent = Mm(-7)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(7 + 6 * item.depth))
            paragraph.add_run(f"{item.marker}\t")
        else:
            paragraph = word.add_paragraph(style="List Bullet 2" if item.depth else "List Bullet")
        _add_runs(paragraph, item.runs)


def _table(word, table: Table, text_width) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    if table.caption:
        caption = word.add_paragraph()
        _add_runs(caption, (Run(table.caption, bold=True),))
        caption.paragraph_format.keep_with_next = True
    widths = [int(text_width * share) for share in column_widths(table)]
    grid = word.add_table(rows=0, cols=table.columns)
    grid.style = word.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    grid.autofit = False
    for index, row_cells in enumerate(table.rows):
        row = grid.add_row()
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))  # a week's row stays on one page
        if index < table.header_rows:
            properties.append(OxmlElement("w:tblHeader"))  # header rows repeat on every page
        position = 0
        for cell in row_cells:
            target = row.cells[position]
            if cell.span > 1:
                target = target.merge(row.cells[position + cell.span - 1])
            paragraph = target.paragraphs[0]
            _add_runs(paragraph, cell.runs, bold=cell.header and not table.facts)
            paragraph.paragraph_format.space_after = Pt(0)
            for run in paragraph.runs:
                run.font.size = Pt(9.5 if table.facts else 9)
            if cell.header and not table.facts:
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), "EEEEEE")
                target._tc.get_or_add_tcPr().append(shading)
            position += cell.span
        for column, cell in enumerate(row.cells):
            cell.width = widths[column]
    for column, width in zip(grid.columns, widths):
        column.width = width
    word.add_paragraph().paragraph_format.space_after = 0


def _add_runs(paragraph, runs: Runs, bold: bool = False) -> None:
    """A line break inside a run becomes Word's line break; an outside address is written after its text."""
    for run in runs:
        text, run_bold, italic, href = run.text, run.bold, run.italic, run.href
        if href and href != text:
            text = f"{text} ({href})"
        lines = text.split("\n")
        for number, line in enumerate(lines):
            word_run = paragraph.add_run(line)
            word_run.bold = bold or run_bold or None
            word_run.italic = italic or None
            if number < len(lines) - 1:
                word_run.add_break()


def _properties(word, document: Document) -> None:
    built = datetime.datetime.fromisoformat(document.built).replace(tzinfo=datetime.timezone.utc)
    properties = word.core_properties
    properties.title = document.title
    properties.subject = document.subject
    properties.keywords = ", ".join(document.keywords)
    properties.language = WORD_LANGUAGES[document.lang]
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = document.footer
    properties.created = properties.modified = built
    properties.revision = 1


def _reproducible(data: bytes, built: str) -> bytes:
    """The same archive with every entry dated the build day (python-docx stamps them with the clock)."""
    day = datetime.date.fromisoformat(built)
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            stamped = zipfile.ZipInfo(entry.filename, date_time=(day.year, day.month, day.day, 0, 0, 0))
            stamped.compress_type = zipfile.ZIP_DEFLATED
            stamped.external_attr = 0o644 << 16
            target.writestr(stamped, source.read(entry.filename))
    return output.getvalue()
