from datetime import datetime

import pytest

from studio.importers import import_paths, read_drafts
from studio.importers.errors import (
    BAD_FRONT_MATTER,
    BAD_FRONT_MATTER_VALUE,
    EMPTY_FILE,
    FIELD_NOT_TEXT,
    FIELD_NOT_TEXT_LIST,
    FRONT_MATTER_NOT_MAPPING,
    UNKNOWN_LANGUAGE,
    UNKNOWN_STATUS,
)
from studio.importers.markdown_files import first_heading, split_front_matter
from studio.library.records import ArticleDraft, Refusal, Status

from .conftest import check_refusal, only_refusal


def _draft(write, text: str | bytes, name: str = "piece.md") -> ArticleDraft:
    (item,) = read_drafts(write(name, text))
    assert isinstance(item, ArticleDraft), item
    return item


def _refusal(write, text: str, name: str = "piece.md") -> Refusal:
    (item,) = read_drafts(write(name, text))
    assert isinstance(item, Refusal), item
    check_refusal(item)
    return item


def test_full_front_matter_reaches_the_library(library, write):
    path = write(
        "full.md",
        "---\n"
        "title: مستقبل العمل الحر\n"
        "author: سارة\n"
        "client: مجلة رقمية\n"
        "tags: [تقنية, عمل حر]\n"
        "status: In review\n"
        "lang: ar\n"
        "created: 2024-03-31\n"
        "id: 42\n"
        "---\n"
        "\n"
        "## مقدمة\n\nهل سيصمد المُستقِلّ؟\n",
    )
    outcome = import_paths(library, [path])
    assert outcome.refused == []
    article = library.get(outcome.imported[0])
    assert article.title == "مستقبل العمل الحر"
    assert article.author == "سارة"
    assert article.client == "مجلة رقمية"
    assert article.tags == sorted(["تقنية", "عمل حر"])
    assert article.status is Status.IN_REVIEW
    assert article.lang == "ar"
    assert article.created == datetime(2024, 3, 31)
    assert article.external_id == "42"
    assert article.body == "## مقدمة\n\nهل سيصمد المُستقِلّ؟\n"


def test_crlf_front_matter_closed_with_dots_and_comma_tags(write):
    draft = _draft(
        write,
        "---\r\nTitle: Pricing\r\ntags: pricing، ترجمة , , freelance\r\nexternal_id: abc-1\r\n"
        "date: 2024-05-01T10:30:00+03:00\r\n...\r\nBody line\r\n",
    )
    assert draft.title == "Pricing"
    assert draft.tags == ["pricing", "ترجمة", "freelance"]
    assert draft.external_id == "abc-1"
    assert draft.created == datetime(2024, 5, 1, 7, 30)
    assert draft.body == "Body line\r\n"


def test_empty_front_matter_and_heading_title(write):
    draft = _draft(write, "---\n---\nIntro\n\n#   The Real Title  ##\n\ntext\n")
    assert draft.title == "The Real Title"
    assert draft.body == "Intro\n\n#   The Real Title  ##\n\ntext\n"


def test_no_front_matter_keeps_the_text_exactly(write):
    text = "\n\n# عنوان\n\nنصٌّ مُشَكَّل.\n"
    draft = _draft(write, text)
    assert draft.body == text
    assert draft.title == "عنوان"
    assert draft.status is Status.DRAFT


def test_title_falls_back_to_the_file_stem(write):
    draft = _draft(write, "## Only a subheading\n\ntext", name="my-draft.md")
    assert draft.title == "my-draft"


def test_a_hash_inside_fenced_code_is_not_a_heading():
    text = "Intro\n\n```bash\n# install it\npip install x\n```\n\n# Real\n"
    assert first_heading(text) == "Real"
    assert first_heading("~~~~\n# no\n~~~\n# still code\n~~~~\n# yes\n") == "yes"
    assert first_heading("    # indented code\n#hashtag\n#\n") is None


def test_an_unclosed_front_matter_is_just_markdown():
    parts = split_front_matter("---\nnot closed\n\ntext")
    assert parts.front_matter == {}
    assert parts.body == "---\nnot closed\n\ntext"


def test_markdown_in_windows_1256(write):
    text = "---\ntitle: مقال قديم\n---\nكتبه صاحبه على حاسوب قديم بترميز ويندوز العربي."
    draft = _draft(write, text.encode("cp1256"))
    assert draft.title == "مقال قديم"
    assert draft.body == "كتبه صاحبه على حاسوب قديم بترميز ويندوز العربي."


def test_bad_yaml_is_refused_with_its_line(library, write, tmp_path):
    good = write("good.md", "# Fine\n\ntext")
    bad = write("bad.md", "---\ntitle: ok\ntags: [a, b\nauthor: x\n---\ntext\n")
    outcome = import_paths(library, [good, bad])
    assert len(outcome.imported) == 1
    refusal = only_refusal(outcome)
    assert refusal.template == BAD_FRONT_MATTER
    assert refusal.source == str(bad)
    # The opening "---" is line 1; the YAML parser trips over "author:" on line 4.
    assert refusal.params["line"] == 4


def test_yaml_that_parses_to_an_impossible_date_is_refused(write):
    assert _refusal(write, "---\ncreated: 2024-13-45\n---\ntext").template == BAD_FRONT_MATTER_VALUE


def test_front_matter_that_is_not_a_mapping_is_refused(write):
    assert _refusal(write, "---\n- a\n- b\n---\ntext").template == FRONT_MATTER_NOT_MAPPING


@pytest.mark.parametrize(
    ("front", "template", "field"),
    [
        ("status: pending-ish", UNKNOWN_STATUS, None),
        ("status: [draft]", FIELD_NOT_TEXT, "status"),
        ("author: {name: x}", FIELD_NOT_TEXT, "author"),
        ("tags: {a: 1}", FIELD_NOT_TEXT_LIST, "tags"),
        ("lang: Klingon language", UNKNOWN_LANGUAGE, None),
        ("title: true", FIELD_NOT_TEXT, "title"),
    ],
)
def test_bad_fields_refuse_the_file_naming_the_field(write, front, template, field):
    refusal = _refusal(write, f"---\n{front}\n---\ntext")
    assert refusal.template == template
    if field is not None:
        assert refusal.params["field"] == field


def test_unknown_status_lists_the_choices(write):
    refusal = _refusal(write, "---\nstatus: pending\n---\ntext")
    assert refusal.params["value"] == "pending"
    assert "in_review" in refusal.message


@pytest.mark.parametrize(
    ("value", "expected"), [("ar-SA", "ar"), ("EN", "en"), ("Arabic", "ar"), ("العربية", "ar")]
)
def test_language_codes_and_names(write, value, expected):
    assert _draft(write, f"---\nlang: {value}\n---\ntext").lang == expected


def test_front_matter_without_a_body_is_refused(write):
    assert _refusal(write, "---\ntitle: x\n---\n\n  \n").template == EMPTY_FILE


def test_images_beside_the_file_become_library_images(write, tmp_path):
    from tests.export.conftest import make_png

    png = make_png(3, 3)
    write("doc/piece_files/a b.png", png)
    write("outside.png", png)
    write("doc/piece_files/notes.txt", "not a picture")
    (tmp_path / "doc" / "piece_files" / "escape.png").symlink_to(tmp_path / "outside.png")
    text = (
        "# صورة\n\n"
        "![أ](<piece_files/a b.png>)\n\n"
        '![b](piece_files/a%20b.png "title")\n\n'
        "![up](../outside.png)\n\n"
        "![link](piece_files/escape.png)\n\n"
        "![txt](piece_files/notes.txt)\n\n"
        "![web](https://example.com/x.png)\n\n"
        "    ![code](piece_files/a b.png)\n"
    )
    draft = _draft(write, text, "doc/piece.md")
    digest = draft.assets[0].sha256
    assert [a.data for a in draft.assets] == [png]
    assert f"![أ](<asset:{digest}>)" in draft.body
    assert f'![b](asset:{digest} "title")' in draft.body
    # Outside the folder (directly or through a link), not a picture, on the web, or in code:
    # left exactly as written.
    for kept in (
        "![up](../outside.png)",
        "![link](piece_files/escape.png)",
        "![txt](piece_files/notes.txt)",
        "![web](https://example.com/x.png)",
        "    ![code](piece_files/a b.png)",
    ):
        assert kept in draft.body


def test_markdown_without_local_images_is_taken_exactly_as_written(write):
    text = "نص [رابط](https://example.com) و ![صورة](missing.png)\n"
    assert _draft(write, text).body == text
