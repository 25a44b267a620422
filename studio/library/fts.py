"""Full-text search, SQLite flavour (FTS5). The only module that knows FTS5 syntax.

FTS5's own tokenizer neither folds Arabic letter variants nor keeps diacritised words whole, so
the index holds a shadow of each title and body: every word normalised and lightly stemmed
(الكتاب, كتاب and والكتاب all become كتاب). Queries go through the same steps and match as
prefixes. The stored article text is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from studio.text import light_stem, normalise
from studio.text.stem import light_stems

CREATE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5("
    "title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
DROP_SQL = "DROP TABLE IF EXISTS article_fts"

# Column weights for bm25(): a word in the title counts more than one in the body.
_WEIGHTS = "8.0, 1.0"
# Normalised text has no marks, joiners or tatweel left, so plain word characters suffice.
_WORD_RE = re.compile(r"[^\W_]+")


def stems(text: str) -> str:
    """The light stems of the words of `text`, space-separated, in order."""
    return " ".join(light_stems(_WORD_RE.findall(normalise(text))))


def shadow(title: str, body: str) -> tuple[str, str]:
    """The indexed columns for an article: the stems of its title and of its body."""
    return stems(title), stems(body)


def index_rows(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (article id, title, body) rows to the index."""
    index_shadows(conn, ((article_id, *shadow(title, body)) for article_id, title, body in rows))


def index_shadows(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (article id, title shadow, body shadow) rows, as `shadow` made them, to the index."""
    params = [{"id": article_id, "t": t, "b": b} for article_id, t, b in rows]
    if params:
        conn.execute(
            text("INSERT INTO article_fts(rowid, title, body) VALUES (:id, :t, :b)"), params
        )


def unindex(conn: Connection, article_ids: Sequence[int]) -> None:
    for article_id in article_ids:
        conn.execute(text("DELETE FROM article_fts WHERE rowid = :id"), {"id": article_id})


def reindex(conn: Connection, article_id: int, title: str, body: str) -> None:
    unindex(conn, [article_id])
    index_rows(conn, [(article_id, title, body)])


MIN_PREFIX = 3
_PHRASE_RE = re.compile(r'"([^"]+)"')


def query_terms(query: str) -> tuple[list[list[str]], list[str]]:
    """Split a user's query into quoted phrases (lists of normalised words) and single words."""
    phrases = [_WORD_RE.findall(normalise(p)) for p in _PHRASE_RE.findall(query)]
    rest = _PHRASE_RE.sub(" ", query)
    return [p for p in phrases if p], _WORD_RE.findall(normalise(rest))


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: the stem of every word must begin a stem in the title or body
    (so كتاب finds الكتاب and كتابة); quoted phrases must appear word for word, in order."""
    phrases, singles = query_terms(query)
    parts = []
    for phrase in phrases:
        parts.append(" + ".join(_quote(light_stem(w)) for w in phrase))
    for word in singles:
        stem = light_stem(word)
        # A stem of one or two letters as a prefix matches a large share of the library
        # (فق would find every فقط): such stems must match whole.
        parts.append(_quote(stem) + ("*" if len(stem) >= MIN_PREFIX else ""))
    return " AND ".join(parts) if parts else None


def search_ids(conn: Connection, query: str, limit: int) -> list[tuple[int, float]]:
    """(article id, score) of the best matches, best first; the score grows with relevance."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = conn.execute(
        text(
            f"SELECT rowid, bm25(article_fts, {_WEIGHTS}) AS r FROM article_fts "
            "WHERE article_fts MATCH :q "
            # Articles in the Trash stay indexed (restoring needs no re-indexing) but are never
            # found; filtered here, before LIMIT, so a search still returns `limit` hits.
            "AND rowid NOT IN (SELECT id FROM articles WHERE trashed_at IS NOT NULL) "
            "ORDER BY r LIMIT :n"
        ),
        {"q": expression, "n": limit},
    )
    return [(row[0], -float(row[1])) for row in rows]


def articles_with_word(conn: Connection, word: str, limit: int, besides: int = 0) -> int:
    """In how many articles other than `besides` (counting up to `limit`) `word` occurs, as a
    whole word in any of its forms (the index holds stems: الكتاب and كتابه count for كتاب)."""
    terms = stems(word).split()
    if not terms:
        return 0
    expression = " AND ".join(_quote(term) for term in terms)
    return int(
        conn.execute(
            text(
                "SELECT count(*) FROM (SELECT rowid FROM article_fts "
                "WHERE article_fts MATCH :q AND rowid != :besides LIMIT :n)"
            ),
            {"q": expression, "n": limit, "besides": besides},
        ).scalar_one()
    )


def count_indexed(conn: Connection) -> int:
    return int(conn.execute(text("SELECT count(*) FROM article_fts")).scalar_one())


def _unindexed(conn: Connection) -> list[int]:
    """Articles the search index lacks."""
    return list(
        conn.execute(
            text("SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM article_fts)")
        ).scalars()
    )


def _orphaned(conn: Connection) -> list[int]:
    """Index rows of articles that no longer exist."""
    return list(
        conn.execute(
            text("SELECT rowid FROM article_fts WHERE rowid NOT IN (SELECT id FROM articles)")
        ).scalars()
    )


def index_problems(conn: Connection) -> list[str]:
    """What is wrong with the search index: FTS5's own check, then articles it lacks or holds
    after their deletion (either makes search miss or show an article). Empty when sound."""
    try:
        conn.execute(text("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')"))
    except DatabaseError as error:  # how FTS5 reports a damaged index
        return [f"the search index is damaged: {error.orig or error}"]
    return [f"article {i}: missing from the search index" for i in sorted(_unindexed(conn))] + [
        f"article {i}: deleted but still in the search index" for i in sorted(_orphaned(conn))
    ]


def repair_index(conn: Connection) -> int:
    """Indexes the articles the search index lacks and drops the rows of deleted ones; the
    number of rows mended. The index is derived from the text, so nothing is lost."""
    orphans = _orphaned(conn)
    unindex(conn, orphans)
    missing = _unindexed(conn)
    for article_id in missing:
        row = conn.execute(
            text(
                "SELECT a.title, t.body FROM articles a JOIN article_texts t "
                "ON t.article_id = a.id WHERE a.id = :id"
            ),
            {"id": article_id},
        ).one()
        index_rows(conn, [(article_id, row[0], row[1])])
    return len(orphans) + len(missing)
