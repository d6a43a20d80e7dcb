"""Write a :class:`~curriculum.documents.model.Document` as PDF with WeasyPrint: HTML and CSS laid out into
A4 pages by a library, no browser. Fonts are Debian's DejaVu (every Kazakh letter), embedded as subsets."""

from __future__ import annotations

import functools
from html import escape
from pathlib import Path

from curriculum.documents.model import Document, Heading, ListBlock, Paragraph, Runs, Table, column_widths
from curriculum.site.printing import css_string

FONT_FAMILY = "DejaVu Sans"
# Each face from its own file, so that no other font installed on the machine can stand in for it.
FONT_FACES = {("normal", 400): "DejaVuSans.ttf", ("normal", 700): "DejaVuSans-Bold.ttf",
              ("italic", 400): "DejaVuSans-Oblique.ttf", ("italic", 700): "DejaVuSans-BoldOblique.ttf"}
FONT_PACKAGES = "fonts-dejavu-core fonts-dejavu-extra"
FONT_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
                "/opt/homebrew/share/fonts", "/Library/Fonts")


class MissingFonts(RuntimeError):
    """The DejaVu font files are not installed; the message says which, and what to install."""


def to_pdf(document: Document) -> bytes:
    from weasyprint import HTML  # imported here: a site build without documents does not load it
    from weasyprint.text.fonts import FontConfiguration

    return HTML(string=to_html(document)).write_pdf(font_config=FontConfiguration())


@functools.cache
def font_files() -> dict[tuple[str, int], Path]:
    found: dict[str, Path] = {}
    for folder in FONT_FOLDERS:
        root = Path(folder).expanduser()
        if root.is_dir():
            for path in sorted(root.rglob("DejaVuSans*.ttf")):
                found.setdefault(path.name, path)
    missing = [name for name in FONT_FACES.values() if name not in found]
    if missing:
        raise MissingFonts(f"PDF documents need the font files {', '.join(missing)}, which are not installed — "
                           f"on Debian or Ubuntu: apt-get install {FONT_PACKAGES}")
    return {face: found[name] for face, name in FONT_FACES.items()}


def to_html(document: Document) -> str:
    body = "\n".join(_block(block) for block in document.blocks)
    meta = "".join(f'<meta name="{name}" content="{escape(value)}">\n' for name, value in (
        ("description", document.subject), ("keywords", ", ".join(document.keywords)),
        ("dcterms.created", document.built), ("dcterms.modified", document.built)) if value)
    return (f'<!DOCTYPE html>\n<html lang="{document.lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{escape(document.title)}</title>\n{meta}<style>{_css(document)}</style>\n</head>\n'
            f'<body>\n{body}\n</body>\n</html>\n')


def _css(document: Document) -> str:
    faces = "\n".join(f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: {style}; font-weight: {weight}; '
                      f'src: url("{path.as_uri()}"); }}' for (style, weight), path in font_files().items())
    return faces + f"""
@page {{
  size: A4; margin: 17mm 14mm 16mm 20mm;
  @top-left {{ content: {css_string(document.header)}; font-size: 7pt; color: #555; vertical-align: bottom;
              padding-bottom: 2mm; }}
  @bottom-left {{ content: {css_string(document.footer)}; font-size: 7pt; color: #555; vertical-align: top;
                 padding-top: 2mm; }}
  @bottom-right {{ content: counter(page) " / " counter(pages); font-size: 7pt; color: #555; vertical-align: top;
                  padding-top: 2mm; }}
}}
html {{ font-family: "{FONT_FAMILY}"; font-size: 9pt; line-height: 1.35; color: #000; }}
body {{ margin: 0; }}
h1 {{ font-size: 14pt; margin: 0 0 3mm; }}
h2 {{ font-size: 11.5pt; margin: 5mm 0 2mm; }}
h3, h4, h5, h6 {{ font-size: 10pt; margin: 4mm 0 1.5mm; }}
h1, h2, h3, h4, h5, h6 {{ break-after: avoid; }}
p {{ margin: 0 0 2mm; orphans: 2; widows: 2; hyphens: auto; }}
p.kicker {{ margin: 0 0 1mm; letter-spacing: .08em; }}
p.note {{ font-size: 8pt; color: #333; }}
ul, ol {{ margin: 0 0 2mm; padding-left: 6mm; }}
li {{ margin: 0 0 .8mm; }}
li.depth-1 {{ margin-left: 6mm; }} li.depth-2 {{ margin-left: 12mm; }}
ol.numbered {{ list-style: none; padding-left: 0; }}
ol.numbered li {{ padding-left: 7mm; text-indent: -7mm; }}
ol.numbered .marker {{ display: inline-block; width: 7mm; text-indent: 0; }}
table {{ width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 3mm; font-size: 8pt;
         line-height: 1.3; }}
caption {{ caption-side: top; text-align: left; font-weight: bold; padding-bottom: 1mm; }}
th, td {{ border: .5pt solid #888; padding: 1mm 1.4mm; vertical-align: top; text-align: left;
          overflow-wrap: anywhere; hyphens: auto; }}
th {{ font-weight: bold; background: #eee; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
table.facts {{ font-size: 8.5pt; }}
table.facts th {{ background: none; font-weight: normal; color: #333; }}
a {{ color: inherit; }}
"""


def _block(block) -> str:
    if isinstance(block, Heading):
        level = min(block.level, 6)
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p class='{block.style}'>{_runs(block.runs)}</p>" if block.style else f"<p>{_runs(block.runs)}</p>"
    if isinstance(block, ListBlock):
        numbered = any(item.marker for item in block.items)
        marker = lambda item: f"<span class='marker'>{escape(item.marker)}</span>" if numbered else ""
        items = "\n".join(f"<li class='depth-{item.depth}'>{marker(item)}{_runs(item.runs)}</li>" for item in block.items)
        return f"<ol class='numbered'>\n{items}\n</ol>" if numbered else f"<ul>\n{items}\n</ul>"
    return _table(block)


def _table(table: Table) -> str:
    columns = "".join(f"<col style='width: {share * 100:.1f}%'>" for share in column_widths(table))
    caption = f"<caption>{escape(table.caption)}</caption>" if table.caption else ""
    head = "".join(_row(row) for row in table.rows[:table.header_rows])
    body = "".join(_row(row) for row in table.rows[table.header_rows:])
    return (f"<table{' class=facts' if table.facts else ''}>{caption}<colgroup>{columns}</colgroup>"
            f"{f'<thead>{head}</thead>' if head else ''}<tbody>{body}</tbody></table>")


def _row(cells) -> str:
    def cell(item) -> str:
        tag = "th" if item.header else "td"
        span = f" colspan={item.span}" if item.span > 1 else ""
        return f"<{tag}{span}>{_runs(item.runs)}</{tag}>"
    return "<tr>" + "".join(cell(item) for item in cells) + "</tr>"


def _runs(runs: Runs) -> str:
    parts = []
    for run in runs:
        text = escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<strong>{text}</strong>"
        if run.italic:
            text = f"<em>{text}</em>"
        if run.href:
            text = f'<a href="{escape(run.href)}">{text}</a>'
        parts.append(text)
    return "".join(parts)
