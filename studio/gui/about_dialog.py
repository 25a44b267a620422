"""Help ▸ About: the studio's version, and every component shipped with it and its licence.

The licences are written here, not read at run time: a bundle may carry a component's metadata
without its licence fields, and some components state theirs only in a classifier.
tests/gui/test_about_dialog.py checks each entry against the installed metadata and that every
runtime dependency (and theirs) is listed.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.gui.desktop import app_icon

# Left-to-right isolate: versions and licence names keep their order in the mirrored interface.
LRI = "\u2066"
PDI = "\u2069"


@dataclass(frozen=True)
class Component:
    name: str  # as people know it
    distribution: str  # its name in the package metadata
    licence: str  # SPDX expression under which the studio uses it


COMPONENTS: tuple[Component, ...] = (
    # Qt and its Python binding are offered under a choice of licences; the studio uses LGPL-3.0,
    # which is why the bundles ship Qt as separate, replaceable shared libraries.
    Component("Qt for Python (PySide6)", "PySide6-Essentials", "LGPL-3.0-only"),
    Component("Shiboken", "shiboken6", "LGPL-3.0-only"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("Alembic", "alembic", "MIT"),
    Component("Mako", "Mako", "MIT"),
    Component("platformdirs", "platformdirs", "MIT"),
    Component("python-bidi", "python-bidi", "LGPL-3.0"),
    Component("arabic-reshaper", "arabic-reshaper", "MIT"),
    Component("PyYAML", "PyYAML", "MIT"),
    Component("markdown-it-py", "markdown-it-py", "MIT"),
    Component("mdit-py-plugins", "mdit-py-plugins", "MIT"),
    Component("mdurl", "mdurl", "MIT"),
    Component("nh3", "nh3", "MIT"),
    Component("Jinja", "Jinja2", "BSD-3-Clause"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    Component("NumPy", "numpy", "BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0"),
    Component("python-docx", "python-docx", "MIT"),
    Component("lxml", "lxml", "BSD-3-Clause"),
    Component("typing_extensions", "typing_extensions", "PSF-2.0"),
    Component("pyspellchecker", "pyspellchecker", "MIT"),
)


def installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def component_rows() -> list[tuple[str, str | None, str]]:
    """(name, version or None when missing, licence): the runtimes first, then the libraries."""
    rows: list[tuple[str, str | None, str]] = [
        ("Qt", qVersion(), "LGPL-3.0-only"),
        ("Python", platform.python_version(), "PSF-2.0"),
    ]
    rows += [(c.name, installed_version(c.distribution), c.licence) for c in COMPONENTS]
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About Qalam Studio"))

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self)
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setText(
            "<h2 style='margin:0'>{name}</h2><p>{version}</p><p>{blurb}</p>".format(
                name=self.tr("Qalam Studio"),
                version=self.tr("Version {version}").format(version=f"{LRI}{__version__}{PDI}"),
                blurb=self.tr(
                    "An offline studio where writers draft articles and editors review them, "
                    "in Arabic and English."
                ),
            )
        )
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        heading = QLabel(
            self.tr("Qalam Studio is free software under the MIT licence. It is built with:")
        )
        heading.setWordWrap(True)
        self.table = self._build_table()
        note = QLabel(
            self.tr(
                "Qt is used under the GNU LGPL version 3: its libraries sit unchanged beside the "
                "program and can be replaced with compatible builds of your own."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("aboutNote")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # Tall enough to show most components without scrolling.
        self.resize(600, 660)

    def _build_table(self) -> QTableWidget:
        rows = component_rows()
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("aboutComponents")
        table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().hide()
        # Rows as tall as a line of text plus a little air: the list is long.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(True)
        missing = self.tr("not included")
        for row, (name, version, licence) in enumerate(rows):
            cells = (name, f"{LRI}{version}{PDI}" if version else missing, f"{LRI}{licence}{PDI}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table


def show_about(parent: QWidget | None) -> AboutDialog:
    """Opens the dialog without blocking the window behind it; it is freed when closed."""
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog
