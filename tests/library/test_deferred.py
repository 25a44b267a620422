"""The studio window's way of opening a library (studio/library/deferred.py): the first page read
without SQLAlchemy must be exactly what `Library` would list, and once the real library is open
nothing read at start is served any more."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from studio.library import ArticleDraft, Library, ListQuery, NotALibrary, Status
from studio.library.deferred import DeferredLibrary, open_deferred, read_first_page


def _fill(library: Library, n: int = 30) -> None:
    drafts = [
        ArticleDraft(
            title=f"مقال {i} article",
            body=f"نص المقال رقم {i} وفيه كلمات كثيرة. Body text number {i}.",
            status=list(Status)[i % len(Status)],
            author=None if i % 5 == 0 else f"كاتب {i % 4}",
            client=None if i % 3 == 0 else f"Client {i % 2}",
            tags=[f"وسم {i % 3}"] if i % 2 else [],
            # Several articles share a moment: the order must break the tie the same way.
            created=datetime(2026, 1, 1 + i // 4, 9, 30),
        )
        for i in range(n)
    ]
    library.add_articles(drafts)
    ids = [row.id for row in library.list(limit=n)]
    library.add_review(ids[3], stars=4, verdict="approve", reviewer="محرر")
    library.add_review(ids[3], stars=5, verdict="approve", reviewer="Editor")
    library.add_review(ids[7], stars=2, verdict="request_changes", reviewer="محرر", summary="لا")
    library.update(ids[10], title="عنوان جديد")


def test_the_first_page_is_what_the_library_lists(library: Library) -> None:
    _fill(library)
    first = read_first_page(library.path, rows=12)
    assert first.rows == library.list(ListQuery(), 0, 12)
    assert first.total == library.count(ListQuery()) == 30
    assert first.authors == library.authors()
    assert first.clients == library.clients()
    assert first.tags == library.tags()
    rated = [row for row in first.rows if row.rating is not None]
    assert rated, "the page should hold a rated article"


def test_an_empty_library_has_an_empty_first_page(library: Library) -> None:
    first = read_first_page(library.path, rows=200)
    assert (first.total, first.rows, first.authors, first.tags) == (0, [], [], [])


def test_deferred_library_answers_from_the_page_until_the_real_one_is_open(
    library: Library,
) -> None:
    _fill(library)
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    try:
        expected = library.list(ListQuery(), 0, 10)
        # Changed after the page was read: the page still shows what was read...
        library.update(expected[-1].id, title="تغيّر بعد القراءة")
        assert deferred.list(ListQuery(), 0, 10) == expected
        assert deferred.count() == 30 and not deferred.is_empty()
        assert deferred.authors() == library.authors()
        # ...and anything else is the real library's, which is opened for it.
        assert deferred.get(expected[0].id).title == expected[0].title
        # Once open, the page read at start is never served again.
        fresh = deferred.list(ListQuery(), 0, 10)
        assert fresh == library.list(ListQuery(), 0, 10)
        assert fresh[0].title == "تغيّر بعد القراءة"
        assert deferred.count(ListQuery(status=Status.DRAFT)) == library.count(
            ListQuery(status=Status.DRAFT)
        )
    finally:
        deferred.close()


def test_a_page_beyond_the_first_waits_for_the_real_library(library: Library) -> None:
    _fill(library)
    deferred = open_deferred(library.path, 10)
    try:
        assert deferred.list(ListQuery(), 10, 10) == library.list(ListQuery(), 10, 10)
    finally:
        deferred.close()


def test_started_in_the_background_the_real_library_opens(library: Library) -> None:
    _fill(library)
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    deferred.start()
    real = deferred.wait()
    assert isinstance(real, Library)
    assert real.path == library.path
    deferred.close()


def test_a_new_file_is_opened_at_once(tmp_path: Path) -> None:
    opened = open_deferred(tmp_path / "new.qalam", 10)
    try:
        assert isinstance(opened, Library)
        assert opened.is_empty()
    finally:
        opened.close()


def test_a_file_that_is_not_a_library_is_refused_before_any_window(tmp_path: Path) -> None:
    notes = tmp_path / "notes.qalam"
    notes.write_text("شراء خبز\n", encoding="utf-8")
    before = notes.read_bytes()
    with pytest.raises(NotALibrary):
        open_deferred(notes, 10)
    assert notes.read_bytes() == before


def test_a_failure_while_opening_in_the_background_reaches_the_caller(
    library: Library, tmp_path: Path
) -> None:
    _fill(library)
    library.close()
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    # Another program replaces the file with something else before the real open.
    library.path.write_bytes(b"not a library any more")
    for suffix in ("-wal", "-shm"):
        Path(f"{library.path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(NotALibrary):
        deferred.get(1)
    deferred.close()


def test_closed_before_it_started_it_never_opens(library: Library) -> None:
    _fill(library)
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    deferred.close()
    deferred.start()  # a timer firing after the window closed
    assert deferred._thread is None


def test_the_first_page_carries_its_checklist_badges(library: Library) -> None:
    from studio.checks import check
    from studio.library import checks_store

    _fill(library)
    rows = library.list(ListQuery(), 0, 10)
    text = library.get(rows[1].id).body
    checks_store.save_result(library, rows[1].id, text, check(text), "test")
    first = read_first_page(library.path, rows=10)
    assert first.flags == library.check_flags([r.id for r in rows]) != {}
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    try:
        # The first page's badges come from what was read at start, without the real library...
        assert deferred.check_flags([rows[1].id]) == first.flags
        assert not deferred._opened.is_set()
        # ...an article beyond that page waits for it.
        beyond = library.list(ListQuery(), 10, 1)[0].id
        assert deferred.check_flags([beyond]) == {}
        assert deferred._opened.is_set()
    finally:
        deferred.close()


def test_only_a_call_that_has_to_wait_enters_the_waiting_hook(library: Library) -> None:
    """The window shows a busy cursor through this hook: never for what the first page
    answers, once for a call that waits for the opening, never once the library is open."""
    from contextlib import contextmanager

    _fill(library)
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    entered: list[bool] = []
    # The opening is held until the hook is entered, so a fast machine cannot finish it
    # between the start of the thread and the check for whether to wait.
    gate = threading.Event()
    really_open = deferred._open

    def held_open() -> None:
        gate.wait(10)
        really_open()

    @contextmanager
    def waiting():
        entered.append(deferred._opened.is_set())
        gate.set()
        yield

    deferred._open = held_open  # type: ignore[method-assign]
    deferred.waiting = waiting
    try:
        deferred.count()
        deferred.list(ListQuery(), 0, 10)
        deferred.authors()
        assert entered == []
        assert deferred.list(ListQuery(), 10, 10) == library.list(ListQuery(), 10, 10)
        assert entered == [False]  # entered before the opening had finished
        deferred.list(ListQuery(), 10, 10)
        deferred.get(library.list(ListQuery(), 0, 1)[0].id)
        assert entered == [False]
    finally:
        deferred.close()


def test_the_stores_read_through_a_library_opened_in_the_background(library: Library) -> None:
    # The similar pieces' reads (a plain connection) and the stores' sessions both work on the
    # library the window holds, not only on the real one.
    from studio.library import similar_store
    from studio.similar.service import SimilarService

    _fill(library)
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    deferred.start()
    service = SimilarService(deferred)  # type: ignore[arg-type]
    service.catch_up()
    first = library.list(ListQuery())[0]
    assert similar_store.bodies(deferred, [first.id]) == {first.id: library.get(first.id).body}  # type: ignore[arg-type]
    assert service.status().pending == 0
    deferred.close()
