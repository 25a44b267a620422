"""The library table's model: lazy pages, SQL sorting, filters, search in rank order."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt

from studio.gui.library_model import (
    ARTICLE_ID_ROLE,
    PAGE_SIZE,
    ArticleTableModel,
    Column,
    SortOrder,
    ViewFilter,
)
from studio.library import Library, Status
from tests.gui.conftest import ARABIC_PLAIN, CountingLibrary


def _titles(model: ArticleTableModel) -> list[str]:
    return [
        model.data(model.index(r, Column.TITLE)).strip("\u2068\u2069")
        for r in range(model.rowCount())
    ]


def test_rows_arrive_one_page_per_query(big_library: Library) -> None:
    counting = CountingLibrary(big_library)
    model = ArticleTableModel(counting)  # type: ignore[arg-type]
    assert model.total() == 1050
    assert model.rowCount() == PAGE_SIZE
    # One list query per page, and one more for the page's checklist badges.
    assert counting.calls == {"count": 1, "list": 1, "check_flags": 1}

    pages = 1
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        pages += 1
        assert model.rowCount() == min(before + PAGE_SIZE, 1050)
    assert model.rowCount() == 1050
    assert pages == 6
    # One query per page (and one for its badges), never one per row; the total counted once.
    assert counting.calls == {"count": 1, "list": pages, "check_flags": pages}
    # Reading every cell runs no query at all.
    for row in range(model.rowCount()):
        for column in Column:
            model.data(model.index(row, column))
            model.data(model.index(row, column), Qt.ItemDataRole.DecorationRole)
    assert counting.calls == {"count": 1, "list": pages, "check_flags": pages}
    assert not model.canFetchMore(QModelIndex())


def test_sorting_reorders_in_sql(big_library: Library) -> None:
    model = ArticleTableModel(big_library)
    # Newest first by default.
    assert _titles(model)[:2] == ["Article 1049", "Article 1048"]
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(model)[:3] == ["Article 0000", "Article 0001", "Article 0002"]
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert _titles(model)[0] == "Article 1049"
    model.sort(Column.WORDS, Qt.SortOrder.AscendingOrder)
    words = [model.row_at(r).words for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert words == sorted(words)
    # Sorting keeps lazy loading: still one page.
    assert model.rowCount() == PAGE_SIZE


def test_rating_column_sorts_best_first(filled_library: Library) -> None:
    ids = {row.title: row.id for row in filled_library.list()}
    filled_library.add_review(ids["فن المراجعة"], stars=5, verdict="approve")
    filled_library.add_review(ids["Writing for clients"], stars=3, verdict="approve")
    model = ArticleTableModel(filled_library)
    model.sort(Column.RATING, Qt.SortOrder.DescendingOrder)
    assert _titles(model)[:2] == ["فن المراجعة", "Writing for clients"]
    assert model.data(model.index(0, Column.RATING)) == "5.0 ★ (1)"
    assert model.current_sort == SortOrder(Column.RATING, descending=True)


def test_filters_by_status_author_and_tag(filled_library: Library) -> None:
    model = ArticleTableModel(filled_library)
    assert model.rowCount() == 4
    model.set_filter(ViewFilter(status=Status.ARCHIVED))
    assert _titles(model) == ["Archived notes"]
    model.set_filter(ViewFilter(author="سارة الحسن"))
    assert sorted(_titles(model)) == sorted(["مستقبل العمل الحر", "فن المراجعة"])
    model.set_filter(ViewFilter(tag="freelance"))
    assert sorted(_titles(model)) == sorted(["مستقبل العمل الحر", "Writing for clients"])
    model.set_filter(ViewFilter(tag="freelance", author="Omar Haddad"))
    assert _titles(model) == ["Writing for clients"]
    assert model.total() == 1


def test_search_finds_arabic_with_or_without_diacritics(filled_library: Library) -> None:
    model = ArticleTableModel(filled_library)
    # Stored without diacritics, searched with them.
    model.set_filter(ViewFilter(text="الذَّكاءُ الاصْطِناعيّ"))
    assert _titles(model) == ["مستقبل العمل الحر"]
    # Stored with diacritics, searched without them.
    model.set_filter(ViewFilter(text="المراجعة"))
    assert "فن المراجعة" in _titles(model)
    model.set_filter(ViewFilter(text="nothing-matches-this"))
    assert model.rowCount() == 0 and model.total() == 0


def test_search_keeps_rank_order_until_a_column_is_chosen(filled_library: Library) -> None:
    counting = CountingLibrary(filled_library)
    model = ArticleTableModel(counting)  # type: ignore[arg-type]
    counting.calls.clear()
    model.set_filter(ViewFilter(text="clients"))
    # One search and one list query for all hits (and one for their badges).
    assert counting.calls == {"search": 1, "list": 1, "check_flags": 1}
    hits = [hit.id for hit in filled_library.search("clients", limit=200)]
    ids = [model.data(model.index(r, 0), ARTICLE_ID_ROLE) for r in range(model.rowCount())]
    assert ids == hits
    assert model.current_sort is None
    model.sort(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert model.current_sort is not None
    model.sort(-1)
    assert model.current_sort is None


def test_search_respects_the_filters(filled_library: Library) -> None:
    model = ArticleTableModel(filled_library)
    model.set_filter(ViewFilter(text="notes", status=Status.DRAFT))
    assert model.rowCount() == 0
    model.set_filter(ViewFilter(text="notes", status=Status.ARCHIVED))
    assert _titles(model) == ["Archived notes"]


def test_search_hit_snippet_is_in_the_tooltip_with_highlights(filled_library: Library) -> None:
    model = ArticleTableModel(filled_library)
    model.set_filter(ViewFilter(text="الاصطناعي"))
    tooltip = model.data(model.index(0, Column.TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "<span" in tooltip and "الاصطناعي</span>" in tooltip
    assert ARABIC_PLAIN.split()[0] in tooltip


def test_cells_are_translated_and_locale_formatted(filled_library: Library) -> None:
    model = ArticleTableModel(filled_library)
    model.set_filter(ViewFilter(status=Status.IN_REVIEW))
    assert model.data(model.index(0, Column.STATUS)) == "In review"
    assert model.data(model.index(0, Column.RATING)) == "Not rated"
    assert model.data(model.index(0, Column.RATING), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, Column.UPDATED)) == "1 Jan 2024"
    assert model.headerData(Column.WORDS, Qt.Orientation.Horizontal) == "Words"


def test_rating_shows_average_and_count(filled_library: Library, monkeypatch) -> None:
    model = ArticleTableModel(filled_library)
    rated = replace(model.row_at(0), rating=4.25, review_count=3)  # type: ignore[type-var]
    monkeypatch.setattr(model, "_rows", [rated])
    assert model.data(model.index(0, Column.RATING)) in ("4.3 ★ (3)", "4.2 ★ (3)")
    assert model.data(model.index(0, Column.RATING), Qt.ItemDataRole.ForegroundRole) is None


def test_numbers_use_the_interface_locale(big_library: Library, qapp) -> None:
    from studio.gui.i18n import install_language, interface_locale

    model = ArticleTableModel(big_library)
    model.sort(Column.WORDS, Qt.SortOrder.DescendingOrder)
    count = model.row_at(0).words  # type: ignore[union-attr]
    install_language(qapp, "ar")
    try:
        assert model.data(model.index(0, Column.WORDS)) == interface_locale("ar").toString(count)
        assert model.data(model.index(0, Column.STATUS)) == "مسودة"
    finally:
        install_language(qapp, "en")


def test_a_failing_library_empties_the_table_and_says_why(filled_library: Library) -> None:
    from studio.library import LibraryLocked

    model = ArticleTableModel(filled_library)
    errors = []
    model.load_failed.connect(errors.append)

    def locked(*_args, **_kwargs):
        raise LibraryLocked(path="x")

    model._library = type("Locked", (), {"count": locked, "list": locked, "search": locked})()  # type: ignore[assignment]
    model.refresh()
    assert model.rowCount() == 0
    assert len(errors) == 1 and isinstance(errors[0], LibraryLocked)
