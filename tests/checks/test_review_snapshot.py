"""The checklist kept with a review weighs the article's stored authorship record, as the studio
and `qalam check ID` do."""

from __future__ import annotations

from pathlib import Path

from studio.authorship import AuthorshipRecord, Origin
from studio.checks.review_snapshot import keep_checklist
from studio.library import ArticleDraft, Library, checks_store
from tests.checks import texts


def test_snapshot_counts_text_declared_ai(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.qalam") as library:
        article_id = library.add_article(ArticleDraft(title="T", body=texts.EN_HUMAN, lang="en"))
        assert article_id is not None
        keep_checklist(library, article_id, review_id=1)
        stored = library.get(article_id)
        library.save(
            article_id,
            title=stored.title,
            body=stored.body,
            expected_version=stored.version,
            authorship=AuthorshipRecord(len(stored.body), Origin.AI),
        )
        keep_checklist(library, article_id, review_id=2)
        (_, _, before), (_, _, after) = checks_store.snapshots(library, article_id)
    assert before["result"]["flag"] != "ai_only"
    assert after["result"]["flag"] == "ai_only"
    not_ai = next(i for i in after["items"] if i["id"] == "not_ai_only")
    assert not_ai["state"] == "fail"
