import gzip
import json
import time

import pytest

from studio.importers import ALL_TEMPLATES, ImportProgress, errors, import_paths, importing, limits
from studio.importers import sources as sources_module
from studio.importers.errors import NOT_FOUND, TOO_LARGE, UNREADABLE
from studio.library import ListQuery

from .conftest import check_refusal, only_refusal


def _jsonl(count: int, prefix: str = "article") -> str:
    return "".join(
        json.dumps({"id": i, "title": f"{prefix} {i}", "text": f"{prefix} body {i} " * 30}) + "\n"
        for i in range(count)
    )


def test_reimporting_skips_duplicates_and_says_where_they_came_from(library, write):
    jsonl = write("set.jsonl", _jsonl(3))
    txt = write("note.txt", "Same words,   different   spacing.")
    first = import_paths(library, [jsonl, txt])
    assert len(first.imported) == 4
    write("copy.txt", "Same words, different spacing.")
    again = import_paths(library, [jsonl, txt, jsonl.parent / "copy.txt"])
    assert again.imported == []
    assert again.skipped == [
        f"{jsonl}:1",
        f"{jsonl}:2",
        f"{jsonl}:3",
        str(txt),
        str(jsonl.parent / "copy.txt"),
    ]
    assert library.count() == 4


def test_duplicates_within_one_import_are_stored_once(library, write):
    path = write("dups.jsonl", '{"text": "twice"}\n{"text": "twice"}\n')
    outcome = import_paths(library, [path])
    assert len(outcome.imported) == 1
    assert outcome.skipped == [f"{path}:2"]


def test_oversized_text_and_markdown_files_are_refused(library, write, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1024)
    big_txt = write("big.txt", "a" * 1025)
    big_md = write("big.md", "# t\n" + "b" * 2000)
    fits = write("fits.txt", "c" * 1024)
    outcome = import_paths(library, [big_txt, big_md, fits])
    assert len(outcome.imported) == 1
    assert sorted(r.source for r in outcome.refused) == sorted([str(big_txt), str(big_md)])
    for refusal in outcome.refused:
        check_refusal(refusal)
        assert refusal.template == TOO_LARGE
    assert "too large" in outcome.refused[0].message


def test_a_big_jsonl_file_is_fine_when_its_lines_are_small(library, write, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 2048)
    path = write("many.jsonl", _jsonl(50))
    assert path.stat().st_size > 2048
    outcome = import_paths(library, [path])
    assert (len(outcome.imported), outcome.refused) == (50, [])


def test_batches_feed_the_library(library, write, monkeypatch):
    sizes = []
    original = library.add_articles

    def spy(drafts, batch_size=500):
        drafts = list(drafts)
        sizes.append(len(drafts))
        return original(drafts, batch_size)

    monkeypatch.setattr(library, "add_articles", spy)
    outcome = import_paths(library, [write("x.jsonl", _jsonl(25))], batch_size=10)
    assert sizes == [10, 10, 5]
    assert len(outcome.imported) == 25


def test_cancel_keeps_the_batches_already_added(library, write):
    path = write("x.jsonl", _jsonl(25))
    asked = []

    def should_cancel() -> bool:
        asked.append(True)
        return library.count() >= 10

    outcome = import_paths(library, [path], should_cancel=should_cancel, batch_size=10)
    assert outcome.cancelled
    assert len(outcome.imported) == 10
    assert library.count() == 10
    assert [library.get(i).external_id for i in outcome.imported] == [str(i) for i in range(10)]


def test_cancel_before_anything_is_added(library, write):
    outcome = import_paths(library, [write("x.jsonl", _jsonl(5))], should_cancel=lambda: True)
    assert outcome.cancelled
    assert outcome.imported == []
    assert library.is_empty()


def test_progress_counts_bytes_up_to_the_total(library, write, tmp_path):
    write("in/a.jsonl", _jsonl(40, "alpha"))
    write("in/b.txt", "a small note " * 50)
    write("in/c.jsonl.gz", gzip.compress(_jsonl(40, "gamma").encode()))
    total = sum(p.stat().st_size for p in (tmp_path / "in").iterdir())
    calls: list[ImportProgress] = []
    outcome = import_paths(library, [tmp_path / "in"], on_progress=calls.append, batch_size=7)
    assert len(outcome.imported) == 81
    assert len(calls) >= 3
    done = [c.done_bytes for c in calls]
    assert done == sorted(done)
    assert done[0] == 0
    assert done[-1] == total
    assert all(c.total_bytes == total for c in calls)
    assert len(set(done)) > 2  # it moved in between, not only at the start and the end
    assert calls[-1].imported == 81
    imported = [c.imported for c in calls]
    assert imported == sorted(imported)
    assert {c.current for c in calls[1:]} <= {str(p) for p in (tmp_path / "in").iterdir()}


def test_a_file_that_vanishes_after_listing_is_refused(library, write):
    first = write("a.txt", "first")
    second = write("b.txt", "second")

    def delete_second(progress: ImportProgress) -> None:
        second.unlink(missing_ok=True)

    outcome = import_paths(library, [first, second], on_progress=delete_second)
    assert len(outcome.imported) == 1
    refusal = only_refusal(outcome)
    assert (refusal.source, refusal.template) == (str(second), NOT_FOUND)


def test_an_unreadable_file_is_refused_not_raised(library, write, monkeypatch):
    path = write("locked.md", "# x\n\ny")

    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(sources_module, "open", denied, raising=False)
    refusal = only_refusal(import_paths(library, [path]))
    assert refusal.template == UNREADABLE
    assert refusal.params == {"detail": "Permission denied"}


def test_batch_size_must_be_positive(library):
    with pytest.raises(ValueError):
        import_paths(library, [], batch_size=0)


def test_nothing_to_import_is_an_empty_outcome(library, tmp_path):
    calls: list[ImportProgress] = []
    outcome = import_paths(library, [tmp_path], on_progress=calls.append)
    assert (outcome.imported, outcome.skipped, outcome.refused, outcome.cancelled) == (
        [],
        [],
        [],
        False,
    )
    assert calls[-1] == ImportProgress(0, 0, "", 0)


def test_imported_articles_are_searchable(library, write):
    import_paths(library, [write("a.txt", "الكِتابةُ للويب فنٌّ")])
    assert [h.title for h in library.search("الكتابة")] == ["الكِتابةُ للويب فنٌّ"]
    assert library.count(ListQuery()) == 1


def test_every_template_constant_is_listed_once():
    constants = {
        name: value
        for name, value in vars(errors).items()
        if name.isupper() and isinstance(value, str)
    }
    assert set(constants.values()) == set(ALL_TEMPLATES)
    assert len(ALL_TEMPLATES) == len(set(ALL_TEMPLATES))
    for template in ALL_TEMPLATES:
        assert "{path}" not in template  # the source is shown beside the message


def test_cancel_also_stops_a_run_with_nothing_to_add(library, write, monkeypatch):
    monkeypatch.setattr(importing, "PROGRESS_INTERVAL_S", 0.0)
    paths = [write(f"bad{i:02}.txt", b"") for i in range(20)]
    asked = []

    def should_cancel() -> bool:
        asked.append(True)
        return len(asked) >= 3

    outcome = import_paths(library, paths, should_cancel=should_cancel)
    assert outcome.cancelled
    assert 0 < len(outcome.refused) < 20


def test_progress_is_throttled_between_batches(library, write):
    path = write("x.jsonl", _jsonl(3000))
    calls: list[ImportProgress] = []
    started = time.monotonic()
    import_paths(library, [path], on_progress=calls.append, batch_size=10_000)
    elapsed = time.monotonic() - started
    # The start, the end, the one batch, and at most ten a second in between.
    assert len(calls) <= 3 + elapsed / importing.PROGRESS_INTERVAL_S + 1


def test_a_single_path_is_accepted_as_is(library, write):
    outcome = import_paths(library, str(write("b.txt", "two")))
    assert len(outcome.imported) == 1
