"""The editor's preview: the article rendered by the HTML export's own body renderer
(`studio.export.body.render_body`), shown in a reading pane that never loads files.

The writer's per-paragraph direction choices live in the editor, not in the Markdown; the
preview applies them to the rendered paragraphs whose text matches the chosen line.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from studio.gui.reader import ReaderPane
from studio.gui.reader_html import direction_attrs, strip_markup, stylesheet
from studio.library import Library
from studio.text import Direction, block_direction

ASSET_PREFIX = "asset:"

_QT = {Direction.RTL: Qt.LayoutDirection.RightToLeft, Direction.LTR: Qt.LayoutDirection.LeftToRight}


def preview_html(title: str, body: str, default: Direction, font_pt: float) -> str:
    from studio.export.body import render_body

    rendered = render_body(body, default, title=title)
    title_dir = block_direction(title, default) or default
    return (
        f"<html><head><style>{stylesheet(font_pt)}</style></head><body>"
        f"<h1{direction_attrs(title_dir)}>{escape(title)}</h1>{rendered.html}</body></html>"
    )


class PreviewPane(ReaderPane):
    """Shows library images (`asset:` addresses), scaled to the pane; never reads a file."""

    def __init__(self, parent: QWidget | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.library = library

    def loadResource(self, kind: int, name: QUrl) -> Any:
        source = name.toString()
        if (
            kind == QTextDocument.ResourceType.ImageResource.value
            and self.library is not None
            and source.lower().startswith(ASSET_PREFIX)
        ):
            asset = self.library.asset(source[len(ASSET_PREFIX) :].strip("/").lower())
            if asset is not None:
                image = QImage.fromData(asset.data)
                width = max(self.viewport().width() - 80, 120)
                if not image.isNull() and image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                return image
        return None

    def show_markdown(
        self,
        title: str,
        body: str,
        default: Direction,
        overrides: dict[int, Direction],
    ) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(preview_html(title, body, default, self.document().defaultFont().pointSizeF()))
        self._apply_overrides(body, overrides)
        bar.setValue(position)

    def _apply_overrides(self, body: str, overrides: dict[int, Direction]) -> None:
        if not overrides:
            return
        lines = body.split("\n")
        wanted: dict[str, Direction] = {}
        for number, direction in overrides.items():
            if number < len(lines):
                text, _spans = strip_markup(lines[number].strip())
                if text.strip():
                    wanted[" ".join(text.split())] = direction
        block = self.document().begin()
        while block.isValid():
            direction = wanted.get(" ".join(block.text().split()))
            if direction is not None:
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setLayoutDirection(_QT[direction])
                # Absolute: Qt mirrors a plain right alignment in a right-to-left block.
                side = (
                    Qt.AlignmentFlag.AlignRight
                    if direction is Direction.RTL
                    else Qt.AlignmentFlag.AlignLeft
                )
                fmt.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
                QTextCursor(block).setBlockFormat(fmt)
            block = block.next()
