"""The main window: filters and the library table beside the reading pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.gui import pane_focus, screen_fit
from studio.gui import settings as keys
from studio.gui.backup_actions import BackupController
from studio.gui.busy_cursor import busy_cursor
from studio.gui.check_badges import BadgeChecker
from studio.gui.desk_memory import DeskKeeper
from studio.gui.editor_tabs import EditorTabs
from studio.gui.error_texts import error_message
from studio.gui.export_dialog import install_export_actions
from studio.gui.file_dialogs import existing_directory, open_file_name, open_file_names
from studio.gui.filters import FilterBar
from studio.gui.i18n import LANGUAGE_NAMES, LANGUAGES
from studio.gui.import_dialogs import ImportProgressDialog, ImportSummaryDialog
from studio.gui.import_worker import CancelCheck, ImportJob, ImportTask, ProgressCallback
from studio.gui.library_check import LibraryCheck
from studio.gui.library_model import SEARCH_LIMIT, ArticleTableModel, Column, ViewFilter
from studio.gui.messages import cannot_open_headline, error_box, isolate_path
from studio.gui.person_summary import PersonSummary
from studio.gui.reader import ReaderPane
from studio.gui.reader_reuse import ReaderReuse, ReuseNote
from studio.gui.settings import open_settings, store_language
from studio.gui.similar_worker import SimilarWorker
from studio.gui.style import ARROW_BESIDE_LABEL
from studio.gui.trash import TrashController
from studio.library import ImportOutcome, LibraryError
from studio.library.errors import LibraryCorrupt

if TYPE_CHECKING:
    from studio.gui.checklist_templates_dialog import ChecklistTemplatesDialog
    from studio.gui.reuse_report_dialog import ReuseReportDialog
    from studio.library import Library

IMPORTABLE_SUFFIXES = "*.txt *.md *.markdown *.docx *.html *.htm *.jsonl *.jsonl.gz"
_SPLIT = (55, 45)
_MIN_TITLE_SHARE = 0.25
# The header's side paddings (style.py) and the room its sort arrow takes beside the label.
_HEADER_PADDING = 16
_SORT_ARROW_ROOM = 32
# The reading pane never gets narrower than this when the table asks for room on a first start.
_MIN_READER_WIDTH = 360
# Columns that give up width first, and how narrow they may get, when the title needs room.
_SHRINK_FIRST = ((Column.CLIENT, 70), (Column.AUTHOR, 80))
# The similar-pieces index starts catching up this long after the window shows.
_SIMILAR_START_MS = 1500


class MainWindow(QMainWindow):
    library_switched = Signal(object)
    import_finished = Signal(object)

    def __init__(
        self, library: Library, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.library = library
        self.language = language
        self._task: ImportTask | None = None
        self._summary: ImportSummaryDialog | None = None
        self._columns_fitted = False
        self._similar_started = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            screen_fit.install(app)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self._apply_filter)
        self.model = ArticleTableModel(library, self)
        self.table = self._build_table()
        self.reader = ReaderPane(self)
        self.reader.setAcceptDrops(False)

        left = QWidget(self)
        left.setObjectName("libraryPane")
        column = QVBoxLayout(left)
        column.setContentsMargins(10, 10, 6, 0)
        column.setSpacing(8)
        column.addWidget(self.filters)
        self.person_summary = PersonSummary(left)
        column.addWidget(self.person_summary)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        # Over the reading pane: the pieces sharing passages with the article being read.
        reading = QWidget(self)
        reading.setObjectName("readingPane")
        reading_column = QVBoxLayout(reading)
        reading_column.setContentsMargins(0, 0, 0, 0)
        reading_column.setSpacing(0)
        self.reuse_note = ReuseNote(reading)
        reading_column.addWidget(self.reuse_note)
        reading_column.addWidget(self.reader, 1)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(0, _SPLIT[0])
        self.splitter.setStretchFactor(1, _SPLIT[1])
        # Similar pieces for every open article, and the reuse report, from one background index.
        self.similar = SimilarWorker(library, self)
        self.reader_reuse = ReaderReuse(self.reuse_note, self.similar, self)
        self._report: ReuseReportDialog | None = None
        # The library is the first tab of the workspace; articles open for writing beside it.
        self.workspace = EditorTabs(library, self.splitter, self, similar=self.similar)
        self.workspace.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # An article checked when saved: its badge in the table follows.
        self.workspace.check_stored.connect(self.model.set_flag)
        self.workspace.currentChanged.connect(self._on_workspace_tab)
        self.setCentralWidget(self.workspace)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("articleCount")
        self.path_label = QLabel(self)
        self.path_label.setObjectName("libraryPath")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.workspace.status_label)
        self.statusBar().addPermanentWidget(self.path_label)
        self.statusBar().setSizeGripEnabled(True)

        self._build_menus()
        self.exports = install_export_actions(self)
        self.workspace.install_menus(self.menuBar(), self.file_menu, self.view_menu)
        self.reuse_report_action = self._action(
            self.tr("Reused &Passages Across the Library…"),
            self.show_reuse_report,
            None,
            "reuseReport",
        )
        self.templates_action = self._action(
            self.tr("Checklist &Templates…"),
            self.show_checklist_templates,
            None,
            "checklistTemplates",
        )
        self.workspace.review_menu.addSeparator()
        self.workspace.review_menu.addAction(self.reuse_report_action)
        self.workspace.review_menu.addAction(self.templates_action)
        # Moving articles to the Trash, undoing it, and the Trash view (studio/gui/trash.py).
        self.trash = TrashController(self)
        self.import_finished.connect(lambda _outcome: self.similar.poke())
        # Every row its checklist badge: pieces never checked are checked in the background.
        self.badges = self._badge_checker(library)
        self.import_finished.connect(lambda _outcome: self.badges.poke())
        self.backups = BackupController(self)
        self.backups.install(self.file_menu, self.quit_action)
        self.library_check = LibraryCheck(self)
        # Beside the backups, above the separator before Quit.
        file_actions = self.file_menu.actions()
        self.library_check.install(
            self.file_menu, file_actions[file_actions.index(self.quit_action) - 1]
        )
        self._on_workspace_tab(self.workspace.currentIndex())
        # The articles open when this library was last closed come back once the window shows.
        self.desk = DeskKeeper(self)
        self._desk_started = False
        self.setAcceptDrops(True)
        self._show_library()
        self._restore_layout()

    # -- building --------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("libraryTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl+click, Shift+click, Shift+arrows and Ctrl+A select several articles, for moving
        # them to the Trash or exporting them at once (Enter still opens the current one).
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # A table takes Tab to walk its cells by default: a keyboard user could not leave it.
        # The arrow keys walk the rows; Tab goes on to the reading pane.
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAcceptDrops(False)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.hide()
        # Equal row heights let the view skip measuring 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setProperty(ARROW_BESIDE_LABEL, True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in self._default_widths(table).items():
            header.resizeSection(col, width)
        header.sortIndicatorChanged.connect(self._on_sort_requested)
        self._sync_sort_indicator(header)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        # Enter or a double click opens the article for writing.
        table.activated.connect(self._open_row)
        self.model.modelReset.connect(self._after_reset)
        self.model.load_failed.connect(self._on_load_failed)
        return table

    def _default_widths(self, table: QTableView) -> dict[Column, int]:
        """Widths that fit typical content in the interface language, so the title column
        keeps the rest of the room."""
        metrics = table.fontMetrics()
        padding = 32
        average = metrics.averageCharWidth()

        def fit(*samples: str, cap: int = 400) -> int:
            return min(max(metrics.horizontalAdvance(s) for s in samples) + padding, cap)

        # The labels are bold, and every column can carry the sort arrow beside its label:
        # "الكلمات" lost its last letter under the arrow in a column sized for its numbers.
        bold = QFont(table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        label_metrics = QFontMetrics(bold)

        def label(column: Column) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return label_metrics.horizontalAdvance(title) + _HEADER_PADDING + _SORT_ARROW_ROOM

        sample_row = self.model.sample_texts()
        widths = {
            Column.STATUS: fit(*sample_row[Column.STATUS], cap=120),
            Column.AUTHOR: average * 12 + padding,
            Column.CLIENT: average * 10 + padding,
            Column.WORDS: fit(*sample_row[Column.WORDS]),
            Column.RATING: fit(*sample_row[Column.RATING]),
            Column.UPDATED: fit(*sample_row[Column.UPDATED]),
        }
        return {column: max(width, label(column)) for column, width in widths.items()}

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.import_files_action = self._action(
            self.tr("&Import Files…"), self.import_files, "Ctrl+I", "importFiles"
        )
        self.import_folder_action = self._action(
            self.tr("Import &Folder…"), self.import_folder, None, "importFolder"
        )
        self.open_library_action = self._action(
            self.tr("&Open Library…"), self.open_library, QKeySequence.StandardKey.Open, "open"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "quit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.open_in_editor_action = self._action(
            self.tr("Open in Edi&tor"), self.open_selected_in_editor, "Ctrl+E", "openInEditor"
        )
        self.file_menu.addAction(self.open_in_editor_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_files_action)
        self.file_menu.addAction(self.import_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.open_library_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.find_action = self._action(
            self.tr("Sea&rch"), self.filters.focus_search, QKeySequence.StandardKey.Find, "find"
        )
        self.view_menu.addAction(self.find_action)
        self.next_pane_action = self._action(
            self.tr("Ne&xt Pane"), lambda: pane_focus.cycle(self, True), "F6", "nextPane"
        )
        self.previous_pane_action = self._action(
            self.tr("Pre&vious Pane"),
            lambda: pane_focus.cycle(self, False),
            "Shift+F6",
            "previousPane",
        )
        self.view_menu.addAction(self.next_pane_action)
        self.view_menu.addAction(self.previous_pane_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu(self.tr("Interface &Language"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setObjectName(f"language_{lang}")
            action.setCheckable(True)
            action.setChecked(lang == self.language)
            action.triggered.connect(lambda _checked=False, lang=lang: self.choose_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About Qalam Studio"), self.show_about, None, "about"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

    # -- the library on show ---------------------------------------------------------------------

    def _show_library(self) -> None:
        self.setWindowTitle(
            self.tr("{library} — Qalam Studio").format(library=self.library.path.stem)
        )
        self.path_label.setText(isolate_path(self.library.path))
        self.path_label.setToolTip(isolate_path(self.library.path))
        self._reload_choices()
        self._update_count()

    def _reload_choices(self) -> None:
        try:
            self.filters.set_choices(
                self.library.authors(), self.library.tags(), self.library.clients()
            )
        except LibraryError as error:
            self._on_load_failed(error)

    def _update_count(self) -> None:
        shown = self.model.total()
        if self.model.searching:
            if shown >= SEARCH_LIMIT:
                text = self.tr("The best %Ln results", "", shown)
            else:
                text = self.tr("%Ln result(s)", "", shown)
        elif self.model.view_filter != ViewFilter():
            text = self.tr("%Ln matching article(s)", "", shown)
        else:
            text = self.tr("%Ln article(s)", "", shown)
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            joiner = "، " if self.isRightToLeft() else " · "
            text += joiner + self.tr("%Ln selected", "", selected)
        self.count_label.setText(text)

    def refresh(self) -> None:
        """Re-reads the library (after an import): keeps the open article selected if it is
        still listed."""
        current = self.reader.article_id
        self._reload_choices()
        self.model.refresh()
        if current is not None:
            self.select_article(current)

    def _refresh_in_place(self) -> None:
        if not self.isVisible() or self.model.is_current():
            return
        scroll = self.table.verticalScrollBar()
        position = scroll.value()
        self.refresh()
        scroll.setValue(position)

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        # Through the selection model: QTableView.selectRow() silently selects nothing in the
        # mirrored (Arabic) window with Qt 6.11; tests/gui/test_main_window.py checks this path.
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _apply_filter(self, view_filter: ViewFilter) -> None:
        current = self.reader.article_id
        self.model.set_filter(view_filter)
        # An author's page, else a client's: their figures above the list of their articles.
        person = view_filter.author or view_filter.client
        self.person_summary.show_person(self.library.person_page(person) if person else None)
        if current is not None and self.select_article(current):
            return
        if self.model.searching and self.model.rowCount() > 0:
            self._select_row(0)

    def _after_reset(self) -> None:
        self._sync_sort_indicator(self.table.horizontalHeader())
        self._update_count()
        if not self.table.selectionModel().hasSelection():
            self._read_nothing()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self._read_nothing()
            return
        try:
            article = self.library.get(row.id)
        except LibraryError as error:
            self.statusBar().showMessage(error_message(error), 8000)
            self._read_nothing()
            if isinstance(error, LibraryCorrupt):
                self.backups.library_damaged(error)
            return
        self.reader.show_article(article, self.model.hit_for(row.id))
        self.reader_reuse.show_article(article.id, article.body)

    # -- writing ---------------------------------------------------------------------------------

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and row.trashed_at is not None:
            # Read in the reading pane; written again only once restored.
            self.statusBar().showMessage(
                self.tr("Articles in the Trash cannot be edited: restore it first."), 8000
            )
        elif row is not None:
            self.workspace.open_article(row.id)

    def open_selected_in_editor(self) -> None:
        self._open_row(self.table.selectionModel().currentIndex())

    def _on_workspace_tab(self, _index: int) -> None:
        # Ctrl+F and Ctrl+I belong to the article being written (find, italic) while one is
        # shown, and to the library (search, import) otherwise.
        writing = self.workspace.current_editor() is not None
        self.find_action.setShortcut(QKeySequence() if writing else QKeySequence.StandardKey.Find)
        self.import_files_action.setShortcut(QKeySequence() if writing else QKeySequence("Ctrl+I"))
        self.open_in_editor_action.setEnabled(not writing)
        if not writing and self.workspace.editors():
            self.refresh()
        if not writing:
            self.reader_reuse.shown_again()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            # Another application took the focus: save what is being written.
            for page in self.workspace.editors():
                page.save("autosave")
        elif event.type() == QEvent.Type.ActivationChange:
            # Back from elsewhere: show what a script or another window changed meanwhile, and
            # let the similar-pieces index take it in.
            if self._similar_started:
                self.similar.poke()
            page = self.workspace.current_editor()
            if page is not None:
                page.catch_up()
            else:
                # A writer's window submitted pieces, another editor approved some: the table
                # shows them as they are now, where the editor left it.
                self._refresh_in_place()

    def _on_load_failed(self, error: LibraryError) -> None:
        if isinstance(error, LibraryCorrupt):
            return  # the backups controller offers the newest good backup instead
        error_box(self, self.tr("The library could not be read."), error).open()

    # -- sorting ---------------------------------------------------------------------------------

    def _on_sort_requested(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.is_sortable(section) or (section == -1 and self.model.searching):
            self.model.sort(section, order)
        else:
            self.statusBar().showMessage(
                self.tr("Ratings come from reviews; this column cannot be sorted yet."), 5000
            )
        self._sync_sort_indicator(self.table.horizontalHeader())

    def _sync_sort_indicator(self, header: QHeaderView) -> None:
        """Shows the order the rows are really in (none for search results in rank order)."""
        order = self.model.current_sort
        header.blockSignals(True)
        if order is None:
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        else:
            header.setSortIndicator(order.column, order.qt_order)
        header.blockSignals(False)
        header.viewport().update()

    # -- importing -------------------------------------------------------------------------------

    def import_files(self) -> None:
        paths = open_file_names(
            self,
            self.tr("Import Articles"),
            "",
            self.tr("Articles ({patterns});;All files (*)").format(patterns=IMPORTABLE_SUFFIXES),
        )
        if paths:
            self.start_import([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = existing_directory(self, self.tr("Import a Folder of Articles"))
        if folder:
            self.start_import([Path(folder)])

    @property
    def importing(self) -> bool:
        return self._task is not None

    def start_import(self, paths: Sequence[Path], job: ImportJob | None = None) -> bool:
        """Imports `paths` on a worker thread with a progress dialog, then shows a summary.
        `job` replaces the real import (tests use it to pace one)."""
        if self._task is not None:
            self.statusBar().showMessage(self.tr("An import is already running."), 5000)
            return False
        if job is None:
            from studio.importers import import_paths

            library = self.library
            chosen = list(paths)

            def job(on_progress: ProgressCallback, should_cancel: CancelCheck) -> ImportOutcome:
                return import_paths(
                    library, chosen, on_progress=on_progress, should_cancel=should_cancel
                )

        progress = ImportProgressDialog(self)
        self._run_task(job, progress, show_summary=True)
        progress.show_soon()
        return True

    def install_samples(self) -> bool:
        """Fills a new library with the bundled sample articles, in the background."""
        if self._task is not None:
            return False
        from studio.importers import install_samples

        library = self.library

        def job(_on_progress: ProgressCallback, _should_cancel: CancelCheck) -> ImportOutcome:
            return install_samples(library)

        settings = open_settings()
        settings.setValue(keys.SAMPLES_OFFERED, str(library.path))
        self.statusBar().showMessage(self.tr("Adding the sample articles…"))
        self._run_task(job, None, show_summary=False)
        return True

    def _run_task(
        self, job: ImportJob, progress: ImportProgressDialog | None, *, show_summary: bool
    ) -> None:
        task = ImportTask(job, self)
        self._task = task
        self._set_busy(True)
        if progress is not None:
            task.progressed.connect(progress.update_progress)
            progress.cancel_requested.connect(task.cancel)

        def succeeded(outcome: ImportOutcome) -> None:
            if progress is not None:
                progress.finish()
            self.statusBar().clearMessage()
            self.refresh()
            if show_summary or outcome.refused:
                self._show_summary(outcome)
            self.import_finished.emit(outcome)

        def failed(error: Exception) -> None:
            if progress is not None:
                progress.finish()
            self.statusBar().clearMessage()
            self.refresh()
            error_box(self, self.tr("The import stopped."), error).open()
            self.import_finished.emit(error)

        def finished() -> None:
            self._task = None
            self._set_busy(False)
            task.deleteLater()

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.finished.connect(finished)
        task.start()

    def cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _set_busy(self, busy: bool) -> None:
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.open_library_action,
        ):
            action.setEnabled(not busy)

    def _show_summary(self, outcome: ImportOutcome) -> None:
        dialog = ImportSummaryDialog(outcome, self)
        self._summary = dialog
        dialog.destroyed.connect(self._forget_summary)
        dialog.open()

    def _forget_summary(self) -> None:
        self._summary = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._task is None and _local_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event.mimeData().urls())
        if paths and self.start_import(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- libraries -------------------------------------------------------------------------------

    def open_library(self) -> None:
        name = open_file_name(
            self,
            self.tr("Open Library"),
            str(self.library.path.parent),
            self.tr("Qalam libraries (*.qalam);;All files (*)"),
        )
        if name:
            self.switch_library(Path(name))

    def switch_library(self, path: Path) -> bool:
        """Opens another library in this window; on failure says why and keeps the current one."""
        if self._task is not None or not self.workspace.close_all():
            return False
        from studio.library import Library

        try:
            # Opening checks the file and may migrate it (after a backup): seconds on a big
            # library, during which the window cannot answer.
            with busy_cursor():
                library = Library.open(path)
        except LibraryCorrupt as error:
            recovered = self.backups.open_damaged(path, error)
            if recovered is None:
                return False
            library = recovered
        except LibraryError as error:
            error_box(self, cannot_open_headline(), error).open()
            return False
        self.replace_library(library)
        return True

    def replace_library(self, library: Library) -> None:
        """Shows `library` in this window instead of the current one, which is closed."""
        previous = self.library
        self.library = library
        self._close_report()
        # What the last import did concerns the library being closed, not this one.
        if self._summary is not None:
            self._summary.close()
        self.similar.shutdown()
        self.similar.deleteLater()
        self.similar = SimilarWorker(library, self)
        self.reader_reuse.set_worker(self.similar)
        self.workspace.set_library(library, self.similar)
        self.similar.poke()
        self.badges.shutdown()
        self.badges.deleteLater()
        self.badges = self._badge_checker(library)
        self.badges.poke()
        self.filters.reset()
        self._read_nothing()
        self.model.set_library(library)
        self._show_library()
        if previous is not library:
            previous.close()
        self.desk.restore()
        self.library_switched.emit(library)

    # -- similar pieces --------------------------------------------------------------------------

    def show_reuse_report(self) -> ReuseReportDialog:
        """The library-wide report of pieces sharing passages (built in the background)."""
        if self._report is not None:
            self._report.raise_()
            self._report.activateWindow()
            return self._report
        from studio.gui.reuse_report_dialog import ReuseReportDialog

        dialog = ReuseReportDialog(self.similar, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_report)
        self._report = dialog
        dialog.show()
        return dialog

    def show_checklist_templates(self) -> ChecklistTemplatesDialog:
        """The default and per-client checklist templates; saving re-checks the open articles."""
        from studio.gui.checklist_templates_dialog import ChecklistTemplatesDialog

        dialog = ChecklistTemplatesDialog(self.library, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.templates_changed.connect(self.workspace.reload_checklists)
        dialog.open()
        return dialog

    def _forget_report(self) -> None:
        self._report = None

    def _close_report(self) -> None:
        if self._report is not None:
            self._report.close()

    # -- language and about ----------------------------------------------------------------------

    def choose_language(self, lang: str) -> None:
        store_language(lang)
        if lang == self.language:
            return
        box = QMessageBox(self)
        box.setObjectName("languageNote")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Interface Language"))
        box.setText(
            self.tr("Qalam Studio will use {language} the next time you start it.").format(
                language=LANGUAGE_NAMES[lang]
            )
        )
        box.open()

    def show_about(self) -> None:
        # Imported when asked for: the component list reads package metadata.
        from studio.gui.about_dialog import show_about

        show_about(self)

    # -- window state ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = open_settings()
        geometry = settings.value(keys.WINDOW_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(self._default_size())
        splitter = settings.value(keys.SPLITTER_STATE)
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            width = max(self.width(), 800)
            self.splitter.setSizes([width * _SPLIT[0] // 100, width * _SPLIT[1] // 100])
        header = settings.value(keys.TABLE_HEADER)
        if isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header):
            self._columns_fitted = True
            # The saved sort indicator is the last session's; the rows are in the model's order.
            self._sync_sort_indicator(self.table.horizontalHeader())

    def _default_size(self) -> QSize:
        wanted = QSize(1280, 800)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._columns_fitted:
            self._columns_fitted = True
            # The table's width is known only once the window is laid out.
            QTimer.singleShot(0, self._fit_columns)
        if not self._desk_started:
            self._desk_started = True
            self.desk.restore_when_open()
        if not self._similar_started:
            self._similar_started = True
            # Articles changed by a script or an import since the last session get indexed, a
            # moment after the window is up so start-up does not wait for it.
            # Through self: a restored or switched library brings a new worker meanwhile.
            QTimer.singleShot(_SIMILAR_START_MS, self, self._start_similar)

    def _read_nothing(self) -> None:
        self.reader.show_nothing()
        self.reader_reuse.clear()

    def _start_similar(self) -> None:
        self.similar.poke()
        self.reader_reuse.set_ready()
        self.badges.poke()

    def _badge_checker(self, library: Library) -> BadgeChecker:
        badges = BadgeChecker(library.path, self)
        badges.flagged.connect(self.model.set_flags)
        said: list[str] = []

        def started(count: int) -> None:
            said[:] = [self.tr("Checking %Ln piece(s) for their checklist badges…", "", count)]
            self.statusBar().showMessage(said[0], 30_000)

        def finished() -> None:
            # Done: the note goes, unless something else has been said since.
            if said and self.statusBar().currentMessage() == said[0]:
                self.statusBar().clearMessage()

        badges.started.connect(started)
        badges.finished.connect(finished)
        return badges

    def _fit_columns(self) -> None:
        """On a first start, makes room for the title when it would get less than a quarter of
        the table (Arabic labels are wider, small screens narrower): names shrink first, as they
        elide gracefully; then the reading pane gives up width. Statuses, counts, ratings and
        dates keep the width their content needs, so they stay readable."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        others = [c for c in Column if c != Column.TITLE and not header.isSectionHidden(c)]
        used = sum(header.sectionSize(c) for c in others)
        deficit = int(room * _MIN_TITLE_SHARE) - (room - used)
        if room <= 0 or deficit <= 0:
            return
        for column, floor in _SHRINK_FIRST:
            take = min(deficit, max(header.sectionSize(column) - floor, 0))
            header.resizeSection(column, header.sectionSize(column) - take)
            deficit -= take
        if deficit > 0:
            sizes = self.splitter.sizes()
            if len(sizes) == 2:
                take = min(deficit, max(sizes[1] - _MIN_READER_WIDTH, 0))
                self.splitter.setSizes([sizes[0] + take, sizes[1] - take])

    def save_layout(self) -> None:
        settings = open_settings()
        settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(keys.SPLITTER_STATE, self.splitter.saveState())
        settings.setValue(keys.TABLE_HEADER, self.table.horizontalHeader().saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workspace.close_all():
            from studio.gui.unsaved_rescue import rescue_on_quit

            # An article could not be saved: a conflict to settle keeps the window open; a
            # library that cannot be written lets the writer save the texts as files first.
            if not rescue_on_quit(self):
                # Still open (a conflict to settle, the writer kept it open): the desk goes on
                # being remembered.
                self.desk.resume()
                event.ignore()
                return
        if self._task is not None:
            # Let the worker end its current batch cleanly rather than abandon it mid-write.
            self._task.cancel()
            self._task.wait()
        self._close_report()
        self.similar.shutdown()
        self.badges.shutdown()
        self.backups.shutdown()
        self.save_layout()
        super().closeEvent(event)


def _local_paths(urls: Sequence[object]) -> list[Path]:
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]  # type: ignore[attr-defined]
    return paths if paths and len(paths) == len(urls) else []
