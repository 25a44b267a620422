"""A long piece made of many library articles: the reuse report names every one of them, though
a single look-up for the checklist aligns only the best `ALIGNED_CEILING` candidates."""

from __future__ import annotations

import random

from studio.library import ArticleDraft
from studio.similar.kept_report import KeptReuseReport
from studio.similar.report import reuse_report
from studio.similar.search import ALIGNED_CEILING
from studio.similar.service import SimilarService

PIECES = ALIGNED_CEILING + 8


def _article(rng: random.Random, vocabulary: list[str]) -> str:
    """About 110 words in sentences of ten to fourteen, drawn from the article's own words."""
    sentences = []
    for _ in range(9):
        words = rng.choices(vocabulary, k=rng.randint(10, 14))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def _pieces(library) -> tuple[list[int], str]:
    """The library's articles, and a long piece made of all of them (not added)."""
    rng = random.Random(3)
    syllables = ["ka", "lo", "mir", "ta", "ven", "so", "ru", "dal", "pe", "zin", "go", "har"]
    bodies = []
    for _ in range(PIECES):
        # Each article its own words, so only the long piece shares passages with it.
        vocabulary = ["".join(rng.choices(syllables, k=3)) for _ in range(60)]
        bodies.append(_article(rng, vocabulary))
    ids = library.add_articles(
        ArticleDraft(title=f"Piece {i}", body=body, lang="en") for i, body in enumerate(bodies)
    ).imported
    return ids, "\n\n".join(bodies)


def _add_long_piece(library, body: str) -> int:
    long_id = library.add_article(ArticleDraft(title="Collected pieces", body=body, lang="en"))
    assert long_id is not None
    return long_id


def test_a_look_up_for_the_checklist_stops_at_the_ceiling_the_report_does_not(library):
    ids, body = _pieces(library)
    long_id = _add_long_piece(library, body)
    service = SimilarService(library)
    service.catch_up()
    quick = {r.article_id for r in service.reused_in(long_id) if r.passages}
    every = {r.article_id for r in service.reused_in(long_id, every=True) if r.passages}
    assert len(quick) <= ALIGNED_CEILING < PIECES
    assert every == set(ids)


def test_the_kept_report_names_every_piece_a_new_long_piece_holds(library):
    ids, body = _pieces(library)
    service = SimilarService(library)
    report = KeptReuseReport(service)
    while not report.step(50):
        pass
    assert report.pairs() == []
    # A long piece made of all of them arrives: only it (the pieces did not change) is looked
    # at, and its own look-up must name every piece it holds.
    long_id = _add_long_piece(library, body)
    report = KeptReuseReport(service)
    assert report.prepare().to_look == 1
    while not report.step(50):
        pass
    partners = {p.first_id if p.second_id == long_id else p.second_id for p in report.pairs()}
    assert partners == set(ids)
    fresh, complete = reuse_report(service)
    assert complete and {(p.first_id, p.second_id) for p in fresh} == {
        (p.first_id, p.second_id) for p in report.pairs()
    }
