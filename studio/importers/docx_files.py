"""Word documents (.docx) into Markdown: headings, lists, bold, italic, links, tables, quotes and
images (which become library assets, referred to as `asset:SHA256`).

A .docx is a zip archive of XML parts. Before anything is unpacked, the archive's directory is
checked: how many parts, how large they say they are, and how much any part expands, so a zip bomb
is refused without reading it. The XML is parsed by python-docx (lxml, entities not resolved).
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from studio.importers import limits
from studio.importers.errors import (
    DOCX_DAMAGED,
    DOCX_SUSPICIOUS_COMPRESSION,
    DOCX_TOO_LARGE_UNPACKED,
    EMPTY_FILE,
    TOO_LARGE,
    ImportRefused,
    refusal_for_os_error,
)
from studio.importers.fields import first_line_title
from studio.importers.images import checked_image
from studio.importers.markdown_writer import BlockWriter, InlineWriter, image, table
from studio.importers.sources import ByteCounter
from studio.library.records import ArticleDraft, AssetFile, Refusal

_HEADING_STYLE = re.compile(r"^Heading (\d)$")
_QUOTE_STYLES = {"Quote", "Intense Quote"}
_BULLET_FORMATS = {"bullet", "none"}
# Parts smaller than this cannot hurt, whatever their ratio.
_RATIO_FLOOR_BYTES = 1024 * 1024


def _read(path: Path, counter: ByteCounter | None) -> bytes:
    limit = limits.MAX_DOCX_BYTES
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        data = fh.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:
        raise ImportRefused(
            TOO_LARGE,
            size_mb=limits.megabytes_over(max(size, len(data))),
            limit_mb=limits.megabytes(limit),
        )
    if counter is not None:
        counter.done = len(data)
    return data


def check_archive(data: bytes) -> None:
    """Refuses (ImportRefused) an archive that is not a zip, or one that would unpack too far."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ImportRefused(DOCX_DAMAGED, detail=str(exc) or type(exc).__name__) from None
    with archive:
        members = archive.infolist()
        if len(members) > limits.MAX_DOCX_PARTS:
            raise ImportRefused(DOCX_DAMAGED, detail=f"{len(members)} parts")
        total = sum(m.file_size for m in members)
        if total > limits.MAX_DOCX_UNPACKED_BYTES:
            raise ImportRefused(
                DOCX_TOO_LARGE_UNPACKED, limit_mb=limits.MAX_DOCX_UNPACKED_BYTES // 2**20
            )
        for member in members:
            if member.file_size < _RATIO_FLOOR_BYTES:
                continue
            ratio = member.file_size // max(member.compress_size, 1)
            if ratio > limits.MAX_DOCX_RATIO:
                raise ImportRefused(DOCX_SUSPICIOUS_COMPRESSION, ratio=ratio)
        if "word/document.xml" not in archive.namelist():
            raise ImportRefused(DOCX_DAMAGED, detail="no word/document.xml")


class _Converter:
    def __init__(self, document: DocumentType) -> None:
        self.document = document
        self.blocks = BlockWriter()
        self.assets: dict[str, AssetFile] = {}
        self.title: str | None = None
        self._counters: dict[int, int] = {}
        self._numbering_formats: dict[tuple[str, str], str] = self._read_numbering()

    def _read_numbering(self) -> dict[tuple[str, str], str]:
        """(numId, level) → number format ("bullet", "decimal"…), to tell bullets from numbers."""
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract = {}
        for element in numbering.findall(qn("w:abstractNum")):
            levels = {}
            for level in element.findall(qn("w:lvl")):
                fmt = level.find(qn("w:numFmt"))
                levels[level.get(qn("w:ilvl"))] = fmt.get(qn("w:val")) if fmt is not None else ""
            abstract[element.get(qn("w:abstractNumId"))] = levels
        formats = {}
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = abstract.get(ref.get(qn("w:val")) if ref is not None else "", {})
            for level, fmt in levels.items():
                formats[(num.get(qn("w:numId")), level)] = fmt
        return formats

    def convert(self) -> str:
        body = self.document.element.body
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                self._paragraph(Paragraph(child, self.document))
            elif child.tag == qn("w:tbl"):
                self._table(Table(child, self.document))
        return self.blocks.markdown()

    def _list_info(self, paragraph: Paragraph, style: str) -> tuple[bool, int] | None:
        """(ordered, depth) of a list paragraph, None for any other."""
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if num_pr is not None and num_pr.numId is not None and num_pr.numId.val != 0:
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            fmt = self._numbering_formats.get((str(num_pr.numId.val), str(level)), "bullet")
            return fmt not in _BULLET_FORMATS, min(level, 5)
        if style.startswith(("List Bullet", "List Number")):
            depth = int(style[-1]) - 1 if style[-1].isdigit() else 0
            return style.startswith("List Number"), depth
        return None

    def _paragraph(self, paragraph: Paragraph) -> None:
        style = paragraph.style.name if paragraph.style is not None else ""
        text = self._inline(paragraph)
        if not text:
            return
        if style == "Title" and self.title is None:
            self.title = paragraph.text.strip()
            return
        if style == "Subtitle":
            # A byline or a tagline: about the article, not part of its text.
            return
        heading = _HEADING_STYLE.match(style)
        if heading:
            # The title has its own field (Word's Title style, `#` in Markdown): Word's
            # top-level sections are Markdown's second level.
            level = min(int(heading.group(1)) + 1, 6)
            self.blocks.add(text, first_prefix="#" * level + " ")
            return
        listed = self._list_info(paragraph, style)
        if listed is None:
            self._counters.clear()
        else:
            ordered, depth = listed
            indent = "   " * depth
            # Numbers counted per depth; a shallower item ends the deeper lists under it.
            for deeper in [d for d in self._counters if d > depth]:
                del self._counters[deeper]
            self._counters[depth] = self._counters.get(depth, 0) + 1
            marker = f"{self._counters[depth]}. " if ordered else "- "
            self.blocks.add(text, first_prefix=indent + marker, prefix=indent + "   ", tight=True)
            return
        if style in _QUOTE_STYLES:
            self.blocks.add(text, first_prefix="> ", prefix="> ")
            return
        self.blocks.add(text)

    def _inline(self, paragraph: Paragraph) -> str:
        writer = InlineWriter()
        for item in paragraph.iter_inner_content():
            if isinstance(item, Hyperlink):
                address = item.url
                linked = address.lower().startswith(("http://", "https://", "mailto:"))
                _keep_marks(writer, [])
                if linked:
                    writer.open("link", address)
                for run in item.runs:
                    self._run(writer, run)
                _keep_marks(writer, [])
                if linked:
                    writer.close("link")
            else:
                self._run(writer, item)
        return writer.markdown()

    def _run(self, writer: InlineWriter, run: Run) -> None:
        marks = [
            kind
            for kind, on in (("strong", run.bold), ("em", run.italic), ("strike", run.font.strike))
            if on
        ]
        _keep_marks(writer, marks)
        for element in run._r.iterchildren():
            tag = element.tag
            if tag == qn("w:t"):
                writer.text(element.text or "")
            elif tag == qn("w:tab"):
                writer.text(" ")
            elif tag in (qn("w:br"), qn("w:cr")):
                writer.hard_break()
            elif tag == qn("w:drawing"):
                self._pictures(writer, element)

    def _pictures(self, writer: InlineWriter, drawing: object) -> None:
        for blip in drawing.iter(qn("a:blip")):  # type: ignore[attr-defined]
            relation = blip.get(qn("r:embed"))
            part = self.document.part.related_parts.get(relation) if relation else None
            if part is None:
                continue
            asset = checked_image(part.blob, Path(str(part.partname)).name)
            if asset is None:
                continue
            self.assets[asset.sha256] = asset
            description = ""
            for doc_pr in drawing.iter(qn("wp:docPr")):  # type: ignore[attr-defined]
                description = doc_pr.get("descr") or ""
            writer.raw(image(description, f"asset:{asset.sha256}"))

    def _table(self, grid: Table) -> None:
        rows = []
        for row in grid.rows:
            cells = []
            for cell in row.cells:
                cells.append(" ".join(filter(None, (self._inline(p) for p in cell.paragraphs))))
            rows.append(cells)
        self.blocks.add(table(rows))


_MARKS = ("strong", "em", "strike")


def _keep_marks(writer: InlineWriter, marks: list[str]) -> None:
    """Makes `marks` the open emphasis of what follows, leaving open what stays: Word cuts a
    bold phrase into several runs (one per direction in a mixed line, one per edit), which
    must stay one **phrase**, not **one****phrase**."""
    current = [kind for kind, _start, _value in writer.spans if kind in _MARKS]
    for index, kind in enumerate(current):
        if kind not in marks:
            writer.close(kind)  # and the marks opened after it
            current = current[:index]
            break
    for kind in marks:
        if kind not in current:
            writer.open(kind)


def read_docx_file(
    path: Path, counter: ByteCounter | None = None
) -> Iterator[ArticleDraft | Refusal]:
    source = str(path)
    try:
        data = _read(path, counter)
        yield docx_draft(data, source, fallback_title=path.stem)
    except ImportRefused as exc:
        yield exc.refusal(source)
    except OSError as exc:
        yield refusal_for_os_error(source, exc)


def docx_draft(data: bytes, source: str, fallback_title: str = "") -> ArticleDraft:
    """The article in a .docx file's bytes. Raises `ImportRefused`."""
    check_archive(data)
    try:
        document = Document(io.BytesIO(data))
        converter = _Converter(document)
        body = converter.convert()
    except ImportRefused:
        raise
    except Exception as exc:  # a damaged part can fail anywhere inside python-docx
        raise ImportRefused(DOCX_DAMAGED, detail=str(exc)[:200] or type(exc).__name__) from None
    if not body.strip() and converter.title is None:
        raise ImportRefused(EMPTY_FILE)
    properties = document.core_properties
    title = (
        converter.title
        or (properties.title or "").strip()
        or first_line_title(body.lstrip("# "))
        or fallback_title
    )
    created = properties.created
    if created is not None and created.tzinfo is not None:
        created = created.astimezone(UTC).replace(tzinfo=None)
    return ArticleDraft(
        title=title[: limits.MAX_TITLE_CHARS],
        body=body,
        author=(properties.author or "").strip()[: limits.MAX_NAME_CHARS] or None,
        created=created,
        source_path=source,
        assets=list(converter.assets.values()),
    )
