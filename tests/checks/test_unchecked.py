"""Pieces never checked get checked (for their badge in the library table), a batch at a time,
without overwriting a result the editor stored meanwhile."""

from __future__ import annotations

from studio.checks import Checker
from studio.checks.score import model_version
from studio.checks.unchecked import check_unchecked
from studio.library import ArticleDraft, Library, checks_store
from tests.checks import texts


def test_never_checked_pieces_are_checked_and_kept_a_batch_at_a_time(library: Library) -> None:
    ids = library.add_articles(
        [
            ArticleDraft(title="آلة", body=texts.AR_MACHINE, lang="ar"),
            ArticleDraft(title="Human", body=texts.EN_HUMAN, lang="en"),
            ArticleDraft(title="Note", body="A short note.", lang="en"),
        ]
    ).imported
    checker = Checker()
    # One of them checked in the editor first: its own result stays.
    edited = checker.check(texts.EN_HUMAN)
    checks_store.save_result(library, ids[1], texts.EN_HUMAN, edited, "editor")
    assert checks_store.unchecked_count(library) == 2

    first, last = check_unchecked(library, checker, 1)
    assert first == {ids[0]: "ai_only"} and last == ids[0]
    rest, last = check_unchecked(library, checker, 10, after=last)
    assert rest == {ids[2]: "too_short"} and last == ids[2]
    assert check_unchecked(library, checker, 10, after=last) == ({}, last)
    assert check_unchecked(library, checker, 10) == ({}, 0)
    assert checks_store.unchecked_count(library) == 0

    assert library.check_flags(ids) == {
        ids[0]: "ai_only",
        ids[1]: str(edited.flag),
        ids[2]: "too_short",
    }
    kept = checks_store.load_result(library, ids[0])
    assert kept is not None and kept.is_current(texts.AR_MACHINE, model_version())
    assert checks_store.load_result(library, ids[1]).model == "editor"  # type: ignore[union-attr]


def test_a_result_stored_meanwhile_is_not_overwritten(library: Library) -> None:
    [article_id] = library.add_articles([ArticleDraft(title="Human", body=texts.EN_HUMAN)]).imported
    checker = Checker()
    result = checker.check(texts.EN_HUMAN)
    checks_store.save_result(library, article_id, texts.EN_HUMAN, result, "editor")
    assert (
        checks_store.save_result(library, article_id, "x", result, "later", replace=False) is False
    )
    kept = checks_store.load_result(library, article_id)
    assert kept is not None and kept.model == "editor" and kept.is_current(texts.EN_HUMAN, "editor")


def test_a_piece_the_engine_cannot_read_does_not_stop_the_others(library: Library) -> None:
    ids = library.add_articles(
        [
            ArticleDraft(title="Broken", body="BROKEN " + texts.EN_HUMAN, lang="en"),
            ArticleDraft(title="آلة", body=texts.AR_MACHINE, lang="ar"),
        ]
    ).imported

    class Fussy(Checker):
        def check(self, text, **options):  # type: ignore[no-untyped-def, override]
            if text.startswith("BROKEN"):
                raise ValueError("cannot read this one")
            return super().check(text, **options)

    flags, last = check_unchecked(library, Fussy(), 10)
    assert flags == {ids[1]: "ai_only"} and last == ids[1]
    assert checks_store.unchecked_count(library) == 1  # left for its panel to say why
