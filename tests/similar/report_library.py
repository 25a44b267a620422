"""A small library of the test texts for the reuse report: an Arabic and an English source,
a piece copying a passage of each, and a piece on another subject in each language."""

from __future__ import annotations

from studio.library import ArticleDraft, Library
from tests.similar.texts import (
    AR_FILLER,
    AR_MARKET,
    AR_OTHER,
    AR_SOURCE,
    EN_FILLER,
    EN_MARKET,
    EN_OTHER,
    EN_SOURCE,
)


def fill_report_library(library: Library) -> dict[str, int]:
    drafts = {
        "ar_source": ArticleDraft(title="السوق", body=AR_SOURCE),
        "ar_copy": ArticleDraft(title="نسخة السوق", body=AR_FILLER + "\n\n" + AR_MARKET),
        "ar_other": ArticleDraft(title="الواحات", body=AR_OTHER),
        "en_source": ArticleDraft(title="Libraries", body=EN_SOURCE),
        "en_copy": ArticleDraft(title="Markets again", body=EN_MARKET + "\n\n" + EN_FILLER),
        "en_other": ArticleDraft(title="Oases", body=EN_OTHER),
    }
    ids = library.add_articles(drafts.values()).imported
    return dict(zip(drafts, ids, strict=True))
