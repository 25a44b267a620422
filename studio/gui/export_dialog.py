"""Exporting from the window: File ▸ Export… (the selected articles, one file or a folder) and
Edit-style "Copy as HTML" (the clean fragment and plain text on the clipboard, for a CMS).

The export itself is `studio.export` (and `studio.gui.pdf_export` for PDF); several articles run
on a worker thread (`ImportTask` runs any job) with a progress dialog that can cancel. Both are
imported when first used: the window installs these actions while it starts, and the renderers
(Markdown, Jinja, YAML) would add a tenth of a second to every start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from studio.gui import size_limits
from studio.gui.bidi_text import isolate_path
from studio.gui.busy_cursor import busy_cursor
from studio.gui.error_texts import error_message
from studio.gui.file_dialogs import existing_directory, save_file_name
from studio.gui.import_worker import ImportTask
from studio.library import LibraryError

if TYPE_CHECKING:
    from studio.export.html_page import Fragment
    from studio.export.writing import BatchOutcome, BatchProgress, ExportFormat, ExportOptions
    from studio.library import ArticleDetail, Library


class ExportOptionsDialog(QDialog):
    """Format and its options; the destination is asked next, by the system's file dialog."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from studio.export import themes
        from studio.export.writing import ExportFormat, PaperSize

        self.setWindowTitle(self.tr("Export %n Article(s)", "", count))
        form = QFormLayout(self)
        self.format_box = QComboBox()
        for fmt, label in (
            (ExportFormat.HTML, self.tr("Web page (HTML)")),
            (ExportFormat.DOCX, self.tr("Word document (DOCX)")),
            (ExportFormat.PDF, self.tr("PDF")),
            (ExportFormat.MARKDOWN, self.tr("Markdown with front matter")),
        ):
            self.format_box.addItem(label, fmt)
        form.addRow(self.tr("Format:"), self.format_box)
        self.theme_box = QComboBox()
        labels = {"paper": self.tr("Paper (serif, book-like)"), "clean": self.tr("Clean (sans)")}
        for name in themes():
            self.theme_box.addItem(labels.get(name, name.capitalize()), name)
        form.addRow(self.tr("Theme:"), self.theme_box)
        self.folder_images = QCheckBox(self.tr("Images in a folder beside the page"))
        form.addRow("", self.folder_images)
        self.contents = QCheckBox(self.tr("Table of contents"))
        form.addRow("", self.contents)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), PaperSize.A4)
        self.paper_box.addItem(self.tr("Letter"), PaperSize.LETTER)
        form.addRow(self.tr("Paper:"), self.paper_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_box.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        from studio.export.writing import ExportFormat

        html = self.format() is ExportFormat.HTML
        for widget in (self.theme_box, self.folder_images, self.contents):
            widget.setEnabled(html)
        self.paper_box.setEnabled(self.format() is ExportFormat.PDF)

    def format(self) -> ExportFormat:
        from studio.export.writing import ExportFormat

        return ExportFormat(self.format_box.currentData())

    def options(self) -> ExportOptions:
        from studio.export import AssetMode
        from studio.export.writing import ExportOptions, PaperSize

        return ExportOptions(
            format=self.format(),
            theme=str(self.theme_box.currentData()),
            table_of_contents=self.contents.isChecked(),
            assets=AssetMode.FOLDER if self.folder_images.isChecked() else AssetMode.EMBED,
            paper=PaperSize(self.paper_box.currentData()),
        )


class ExportProgressDialog(QProgressDialog):
    def __init__(self, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporting"))
        self.setRange(0, max(total, 1))
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)

    def update_progress(self, progress: BatchProgress) -> None:
        self.setMaximum(max(progress.total, 1))
        self.setValue(progress.done)
        # Isolated: an Arabic title inside an English label keeps its own direction.
        self.setLabelText(
            self.tr("Exporting “{title}”…").format(title=f"\u2068{progress.current}\u2069")
        )


def _warn(parent: QWidget, headline: str, details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(), headline, parent=parent)
    box.setObjectName("exportError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(details)
    box.open()
    return box


def _describe(error: BaseException) -> str:
    if isinstance(error, LibraryError):
        return error_message(error)
    if isinstance(error, OSError):
        return f"{error.strerror or error}: \u2068{error.filename or ''}\u2069"
    return str(error)


def _pdf_or_none(fmt: ExportFormat) -> Any:
    from studio.export.writing import ExportFormat
    from studio.gui.pdf_export import write_pdf

    return write_pdf if fmt is ExportFormat.PDF else None


class ExportController(QObject):
    """The window's export actions; keeps the running batch alive until it ends."""

    def __init__(
        self, window: QMainWindow, library: Callable[[], Library], ids: Callable[[], list[int]]
    ):
        super().__init__(window)
        self.window = window
        self.library = library
        self.selected_ids = ids
        self.task: ImportTask | None = None
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setObjectName("export")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_selected)
        self.copy_html_action = QAction(self.tr("Cop&y as HTML"), window)
        self.copy_html_action.setObjectName("copyAsHtml")
        self.copy_html_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_html_action.triggered.connect(self.copy_as_html)

    def copy_as_html(self) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        library = self.library()
        from studio.export import clean_fragment

        try:
            article = library.get(ids[0])
            if len(article.body) > size_limits.EXPORT_IN_BACKGROUND_CHARS and self.task is None:
                self._copy_in_background(article)
                return True
            fragment = clean_fragment(article, library.asset)
        except LibraryError as error:
            _warn(self.window, self.tr("Could not copy the article."), _describe(error))
            return False
        self._put_on_clipboard(fragment)
        return True

    def _copy_in_background(self, article: ArticleDetail) -> ImportTask:
        """Copy as HTML for a very long article: rendered on a worker, put on the clipboard
        (which belongs to the GUI thread) when done."""
        from studio.export import clean_fragment

        library = self.library()
        return self._one_in_background(
            article.title,
            lambda: clean_fragment(article, library.asset),
            self._put_on_clipboard,
            self.tr("Could not copy the article."),
        )

    def _one_in_background(
        self,
        title: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failure: str,
    ) -> ImportTask:
        """`work` for one article on a worker thread, with a progress dialog; `done(result)`
        on the GUI thread, or the `failure` headline with the reason."""
        from studio.export.writing import BatchProgress

        progress = ExportProgressDialog(1, self.window)
        progress.update_progress(BatchProgress(0, 1, title))
        progress.setCancelButton(None)  # written in one go: nothing to stop halfway
        task = ImportTask(lambda _on_progress, _should_cancel: work(), self.window)
        return self._run(task, progress, done, failure)

    def _run(
        self,
        task: ImportTask,
        progress: ExportProgressDialog,
        done: Callable[[Any], None],
        failure: str,
    ) -> ImportTask:
        """Starts `task` behind `progress`; `done(result)` on the GUI thread, or the `failure`
        headline with the reason; both close the dialog, and the end frees them."""
        self.task = task

        def succeeded(result: object) -> None:
            progress.close()
            done(result)

        def failed(error: Exception) -> None:
            progress.close()
            _warn(self.window, failure, _describe(error))

        def finished() -> None:
            self.task = None
            task.deleteLater()
            progress.deleteLater()

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.finished.connect(finished)
        progress.show()
        task.start()
        return task

    def _put_on_clipboard(self, fragment: Fragment) -> None:
        data = QMimeData()
        data.setHtml(fragment.html)
        data.setText(fragment.text)
        QGuiApplication.clipboard().setMimeData(data)
        self.window.statusBar().showMessage(self.tr("Copied as HTML."), 4000)

    def export_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.task is not None:
            return
        dialog = ExportOptionsDialog(len(ids), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        if len(ids) == 1:
            self._export_one(ids[0], options)
        else:
            folder = existing_directory(self.window, self.tr("Export to a Folder"))
            if folder:
                self.export_many(ids, Path(folder), options)

    def _export_one(self, article_id: int, options: ExportOptions) -> None:
        library = self.library()
        try:
            article = library.get(article_id)
        except LibraryError as error:
            _warn(self.window, self.tr("The export failed."), _describe(error))
            return
        from studio.export.filenames import safe_stem

        suggested = safe_stem(article.title) + options.format.suffix
        name = save_file_name(self.window, self.tr("Export"), suggested)
        if not name:
            return
        if len(article.body) > size_limits.EXPORT_IN_BACKGROUND_CHARS:
            # Seconds of work for a book-length text: not on the GUI thread.
            self.export_in_background(article_id, article.title, Path(name), options)
        else:
            self.export_one(article_id, Path(name), options)

    def export_one(self, article_id: int, path: Path, options: ExportOptions) -> bool:
        from studio.export.writing import export_article

        try:
            # One article is written here, on the GUI thread (a PDF of a long piece takes a
            # moment): the wait cursor says the click was taken.
            with busy_cursor():
                export_article(
                    self.library(),
                    article_id,
                    path,
                    options,
                    pdf_writer=_pdf_or_none(options.format),
                )
        except (LibraryError, OSError, ValueError) as error:
            _warn(self.window, self.tr("The export failed."), _describe(error))
            return False
        self.window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=isolate_path(path)), 6000
        )
        return True

    def export_in_background(
        self, article_id: int, title: str, path: Path, options: ExportOptions
    ) -> ImportTask:
        """`export_one` on a worker thread, with a progress dialog (a very long article)."""
        from studio.export.writing import export_article

        library = self.library()
        pdf = _pdf_or_none(options.format)

        def exported(written: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported to {path}").format(path=isolate_path(written)), 6000
            )

        return self._one_in_background(
            title,
            lambda: export_article(library, article_id, path, options, pdf_writer=pdf),
            exported,
            self.tr("The export failed."),
        )

    def export_many(self, ids: list[int], folder: Path, options: ExportOptions) -> ImportTask:
        from studio.export.writing import export_batch

        library = self.library()
        pdf = _pdf_or_none(options.format)

        def job(on_progress: Callable[[Any], None], should_cancel: Callable[[], bool]) -> Any:
            return export_batch(
                library,
                ids,
                folder,
                options,
                on_progress=on_progress,
                should_cancel=should_cancel,
                pdf_writer=pdf,
            )

        progress = ExportProgressDialog(len(ids), self.window)
        task = ImportTask(job, self.window)
        task.progressed.connect(progress.update_progress)
        progress.canceled.connect(task.cancel)

        def exported(outcome: BatchOutcome) -> None:
            message = self.tr("Exported %n article(s).", "", len(outcome.written))
            if outcome.failed:
                details = "\n".join(f"{i}: {e}" for i, e in outcome.failed[:20])
                _warn(self.window, message, details)
            else:
                self.window.statusBar().showMessage(message, 6000)

        return self._run(task, progress, exported, self.tr("The export failed."))


def install_export_actions(window: Any) -> ExportController:
    """Adds Export… and Copy as HTML to the window's File menu, for the selected articles."""

    def selected_ids() -> list[int]:
        rows = sorted({index.row() for index in window.table.selectionModel().selectedRows()})
        if not rows and window.table.selectionModel().currentIndex().isValid():
            rows = [window.table.selectionModel().currentIndex().row()]
        found = (window.model.row_at(row) for row in rows)
        return [row.id for row in found if row is not None]

    controller = ExportController(window, lambda: window.library, selected_ids)
    first = window.file_menu.actions()[0] if window.file_menu.actions() else None
    window.file_menu.insertAction(first, controller.export_action)
    window.file_menu.insertAction(first, controller.copy_html_action)
    window.file_menu.insertSeparator(first)
    controller.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return controller
