import gzip
import json
from datetime import datetime

import pytest

from studio.importers import import_paths, limits, read_drafts
from studio.importers.errors import (
    DAMAGED_ARCHIVE,
    EMPTY_TEXT,
    FIELD_BAD_CHARACTERS,
    FIELD_NOT_DATE,
    FIELD_NOT_TEXT,
    LINE_NOT_UTF8,
    LINE_TOO_LARGE,
    MISSING_TEXT,
    NOT_AN_OBJECT,
    NOT_JSON,
    UNKNOWN_STATUS,
)
from studio.importers.sources import ByteCounter
from studio.library.records import ArticleDraft, Refusal, Status

from .conftest import check_refusal

TEXTS = [
    "\u200fإِنَّ الكِتابةَ فنٌّ.\r\nسطرٌ ثانٍ  \n",
    "  Leading spaces, trailing newline\n\n",
    "مقال ثالث عن التسعير، ١٢٣ ريالاً.",
]


def _line(**record) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _records():
    return [
        {"id": 101, "title": "أولى", "text": TEXTS[0], "author": "سارة", "category": "ثقافة"},
        {"id": "b-2", "title": "Second", "text": TEXTS[1], "tags": ["x", "y"], "lang": "en"},
        {"title": "ثالثة", "text": TEXTS[2], "status": "approved", "created": "2015-07-22"},
    ]


def test_articles_keep_text_exactly_and_id_as_external_id(library, write):
    path = write("set.jsonl", "".join(_line(**r) for r in _records()))
    outcome = import_paths(library, [path])
    assert outcome.refused == []
    articles = [library.get(i) for i in outcome.imported]
    assert [a.body for a in articles] == TEXTS
    assert [a.external_id for a in articles] == ["101", "b-2", None]
    assert articles[0].tags == ["ثقافة"]
    assert articles[0].author == "سارة"
    assert articles[1].tags == ["x", "y"]
    assert articles[1].lang == "en"
    assert articles[2].status is Status.APPROVED
    assert articles[2].created == datetime(2015, 7, 22)


def test_a_bad_line_in_the_middle_is_refused_by_line_number(library, write):
    lines = [_line(**r) for r in _records()]
    lines.insert(1, '{"title": "broken", "text": "no closing quote}\n')
    path = write("set.jsonl", "".join(lines))
    outcome = import_paths(library, [path])
    assert len(outcome.imported) == 3
    assert [r.source for r in outcome.refused] == [f"{path}:2"]
    assert outcome.refused[0].template == NOT_JSON
    assert sorted(library.get(i).body for i in outcome.imported) == sorted(TEXTS)


@pytest.mark.parametrize(
    ("line", "template"),
    [
        ('["a list"]', NOT_AN_OBJECT),
        ('{"title": "t"}', MISSING_TEXT),
        ('{"text": 12}', FIELD_NOT_TEXT),
        ('{"text": "  \\n"}', EMPTY_TEXT),
        ('{"text": "ok", "title": ["x"]}', FIELD_NOT_TEXT),
        ('{"text": "ok", "status": "sent"}', UNKNOWN_STATUS),
        ('{"text": "ok", "created": "last week"}', FIELD_NOT_DATE),
        ('{"text": "bad \\ud800 half"}', FIELD_BAD_CHARACTERS),
        ('{"text": "ok", "id": true}', FIELD_NOT_TEXT),
    ],
)
def test_each_kind_of_bad_line_is_refused_and_the_rest_goes_on(write, line, template):
    path = write("x.jsonl", f'{line}\n{{"text": "good"}}\n')
    first, second = read_drafts(path)
    assert isinstance(first, Refusal)
    check_refusal(first)
    assert first.template == template
    assert first.source == f"{path}:1"
    assert isinstance(second, ArticleDraft)
    assert second.source_path == f"{path}:2"


def test_invalid_utf8_line_is_refused(write):
    path = write("x.jsonl", b'{"text": "caf\xe9"}\n{"text": "fine"}\n')
    first, second = read_drafts(path)
    assert first.template == LINE_NOT_UTF8
    assert second.body == "fine"


def test_gzipped_jsonl(library, write):
    path = write("set.jsonl.gz", gzip.compress("".join(_line(**r) for r in _records()).encode()))
    outcome = import_paths(library, [path])
    assert outcome.refused == []
    assert sorted(library.get(i).body for i in outcome.imported) == sorted(TEXTS)


def test_a_truncated_gzip_keeps_what_came_before_and_says_where_it_stopped(library, write):
    payload = "".join(_line(text=f"article number {i} " * 20) for i in range(200)).encode()
    data = gzip.compress(payload)
    path = write("cut.jsonl.gz", data[: len(data) // 2])
    outcome = import_paths(library, [path])
    assert 0 < len(outcome.imported) < 200
    (refusal,) = outcome.refused
    check_refusal(refusal)
    assert refusal.template == DAMAGED_ARCHIVE
    assert refusal.source == f"{path}:{len(outcome.imported) + 1}"


def test_a_gz_that_is_not_gzip_is_refused(library, write):
    path = write("fake.jsonl.gz", '{"text": "plain"}\n')
    outcome = import_paths(library, [path])
    assert outcome.imported == []
    assert outcome.refused[0].template == DAMAGED_ARCHIVE


def test_bom_blank_lines_and_missing_title(write):
    path = write("x.jsonl", '\ufeff{"text": "\\n  First line\\nmore"}\n\n   \n{"text": "b"}')
    first, second = read_drafts(path)
    assert first.title == "First line"
    assert first.body == "\n  First line\nmore"
    assert second.source_path == f"{path}:4"


def test_a_line_over_the_limit_is_refused_and_the_next_line_still_read(monkeypatch, write):
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 100)
    path = write(
        "x.jsonl",
        _line(text="short")
        + _line(text="long " * 200)
        + _line(text="x" * 88)  # exactly the limit, not counting its newline: allowed
        + _line(text="after"),
    )
    items = list(read_drafts(path))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["ArticleDraft", "Refusal", "ArticleDraft", "ArticleDraft"]
    assert items[1].template == LINE_TOO_LARGE
    assert items[1].source == f"{path}:2"
    assert items[3].body == "after"
    assert items[3].source_path == f"{path}:4"


def test_reading_streams_instead_of_loading_the_whole_file(write):
    path = write("x.jsonl", "".join(_line(text=f"article {i} " + "w" * 1000) for i in range(3000)))
    counter = ByteCounter()
    items = read_drafts(path, counter)
    assert next(items).body.startswith("article 0 ")
    # Only a buffer's worth has been read for the first article, not the 3 MB file.
    assert 0 < counter.done < path.stat().st_size // 10
    items.close()


def test_day_first_and_year_first_dates_are_understood():
    from datetime import datetime

    from studio.importers.fields import parse_date_text

    assert parse_date_text("17/05/2015") == datetime(2015, 5, 17)
    assert parse_date_text("17-05-2015 08:30") == datetime(2015, 5, 17, 8, 30)
    assert parse_date_text("2015/05/17") == datetime(2015, 5, 17)
    assert parse_date_text("05/17/2015") == datetime(2015, 5, 17)
    assert parse_date_text("2015-05-17T10:00:00") == datetime(2015, 5, 17, 10)
    assert parse_date_text("yesterday") is None
    assert parse_date_text("31/02/2015") is None
