"""Printable documents as PDF (G1): A4, a Japanese font that ships with the system, page numbers,
the issue date, and the same bytes for the same content (no creation time or random id inside).

ReportLab draws the pages: a well-kept PDF library with no browser and no network at run time,
TrueType fonts embedded as subsets, CJK line breaking, and an "invariant" mode for reproducible files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT = "ShuroGothic"
SHORT = 8  # characters of a cell that fit the narrowest column at 9 pt
# Debian's IPA Gothic (fonts-ipafont-gothic), or SHURO_PDF_FONT naming another TrueType font with Japanese glyphs.
FONT_CANDIDATES = (Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"), Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"))


class FontMissing(RuntimeError):
    pass


@cache
def _font() -> str:
    configured = os.environ.get("SHURO_PDF_FONT")
    for path in ([Path(configured)] if configured else list(FONT_CANDIDATES)):
        if path.is_file():
            pdfmetrics.registerFont(TTFont(FONT, str(path)))
            return FONT
    raise FontMissing("no Japanese TrueType font: install Debian's fonts-ipafont-gothic or set SHURO_PDF_FONT")


@dataclass(frozen=True)
class Section:
    """A heading with label/value rows, or with a table (header row first)."""

    heading: str
    rows: list[tuple[str, str]] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    widths: tuple[float, ...] = ()  # of the table's columns, as parts of the page width


@dataclass(frozen=True)
class Document:
    title: str
    header_lines: list[str]  # under the title: numbers, dates, the issuer
    sections: list[Section]
    issued_on: str  # 発行日, as printed
    stamp: str | None = None  # e.g. 取消（2027年1月5日）: printed across every page


def _styles() -> dict[str, ParagraphStyle]:
    font = _font()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=18, leading=24, alignment=1, spaceAfter=4 * mm),
        "header": ParagraphStyle("header", fontName=font, fontSize=9.5, leading=14, alignment=2),
        "heading": ParagraphStyle("heading", fontName=font, fontSize=11.5, leading=16, spaceBefore=4 * mm, spaceAfter=2 * mm),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=9, leading=12.5, wordWrap="CJK"),
    }


def _numbered_canvas(document: Document) -> type[Canvas]:
    """Every page: the number of all pages, the issue date and the stamp (drawn once all are known)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                self._decorate(len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.setFont(FONT, 8.5)
            self.setFillColor(colors.black)
            self.drawCentredString(width / 2, 12 * mm, f"{self._pageNumber} / {total}")
            self.drawRightString(width - 18 * mm, 12 * mm, f"発行日 {document.issued_on}")
            if document.stamp:
                self.saveState()
                self.setFillColor(colors.Color(0.8, 0, 0, alpha=0.35))
                self.setFont(FONT, 64)
                self.translate(width / 2, height / 2)
                self.rotate(30)
                self.drawCentredString(0, 0, document.stamp)
                self.restoreState()

    return NumberedCanvas


def render(document: Document) -> bytes:
    """The document as PDF bytes, the same bytes for the same document."""
    styles = _styles()
    buffer = BytesIO()
    frame_width = A4[0] - 36 * mm
    pdf = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=20 * mm,
                            title=document.title, author="外国人就労管理システム", creator="shuro", invariant=1)

    def cell(text: str) -> Paragraph | str:
        if len(text) <= SHORT and "\n" not in text:
            return text  # drawn as it is: laying out a paragraph costs ten times more, and short text never wraps
        return Paragraph(escape(text).replace("\n", "<br/>"), styles["cell"])

    story: list[Any] = [Paragraph(escape(document.title), styles["title"])]
    story += [Paragraph(escape(line), styles["header"]) for line in document.header_lines]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 9)])
    for section in document.sections:
        parts: list[Any] = [Paragraph(escape(section.heading), styles["heading"])]
        if section.rows:
            rows = Table([[cell(label), cell(value)] for label, value in section.rows], colWidths=[frame_width * 0.3, frame_width * 0.7])
            rows.setStyle(TableStyle([*grid.getCommands(), ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93))]))
            parts.append(rows)
        if section.table:
            widths = [frame_width * w for w in section.widths] if section.widths else None
            table = Table([[cell(text) for text in row] for row in section.table], colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle([*grid.getCommands(), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]))
            parts.append(table)
        # A list of workers runs over pages (its header repeated); rows stay with their heading.
        story += parts if section.table else [KeepTogether(parts)]
        story.append(Spacer(1, 2 * mm))
    pdf.build(story, canvasmaker=_numbered_canvas(document))
    return buffer.getvalue()
