import codecs

import pytest

from studio.importers import import_paths, read_drafts
from studio.importers.errors import DAMAGED_ENCODING, EMPTY_FILE, UNKNOWN_ENCODING
from studio.library.records import ArticleDraft

from .conftest import only_refusal

# Diacritics, shadda, tatweel, a right-to-left mark, CRLF and a trailing blank line: everything an
# offset could trip over.
DIACRITISED = (
    "\r\n  عُنوانُ المَقالِ\r\n"
    "\u200fإِنَّ اللُّغَةَ الْعَرَبِيَّةَ جَمِيلَةٌ، والكتابـــة فنٌّ.\r\n"
    "\tسطرٌ ثانٍ with English, 2024م و١٢٣.\r\n\r\n"
)


def _stored_body(library, outcome):
    assert outcome.refused == []
    assert len(outcome.imported) == 1
    return library.get(outcome.imported[0]).body


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_body_is_stored_exactly_and_offsets_stay_valid(library, write, bom, codec):
    path = write("article.txt", bom + DIACRITISED.encode(codec))
    body = _stored_body(library, import_paths(library, [path]))
    assert body == DIACRITISED
    assert body.encode("utf-8") == DIACRITISED.encode("utf-8")
    needle = "الْعَرَبِيَّةَ جَمِيلَةٌ"
    start = DIACRITISED.index(needle)
    assert body[start : start + len(needle)] == needle


def test_windows_1256_arabic_is_decoded(library, write):
    text = "مقالٌ محفوظ بترميز ويندوز العربي.\r\nفيه سطران، وعلامات ترقيم عربية؟ نعم؛ بالتأكيد."
    path = write("cp1256.txt", text.encode("cp1256"))
    body = _stored_body(library, import_paths(library, [path]))
    assert body == text
    assert library.get(library.list()[0].id).title == "مقالٌ محفوظ بترميز ويندوز العربي."


def test_title_is_the_first_non_empty_line_but_the_body_keeps_it(library, write):
    path = write("notes.txt", DIACRITISED.encode("utf-8"))
    article = library.get(import_paths(library, [path]).imported[0])
    assert article.title == "عُنوانُ المَقالِ"
    assert article.body.startswith("\r\n  عُنوانُ المَقالِ\r\n")


def test_a_markdown_heading_saved_as_text_gives_its_words_as_the_title(library, write):
    text = "## مستقبل العمل الحر\n\nفقرة أولى.\n"
    path = write("heading.txt", text.encode("cp1256"))
    article = library.get(import_paths(library, [path]).imported[0])
    assert article.title == "مستقبل العمل الحر"
    assert article.body == text
    # A line that is only hashes, or a hashtag, is left as it is.
    (tag,) = read_drafts(write("tag.txt", "#وسم_عربي\nنص"))
    assert isinstance(tag, ArticleDraft) and tag.title == "#وسم_عربي"


def test_a_long_first_line_is_no_title_so_the_file_name_is(library, write):
    text = "كلمة " * 60 + "\nسطر ثان"
    path = write("مسودة الربيع.txt", text)
    article = library.get(import_paths(library, [path]).imported[0])
    assert article.title == "مسودة الربيع"
    assert article.body == text


def test_a_200_character_first_line_is_still_a_title(write):
    line = "a" * 200
    (draft,) = read_drafts(write("t.txt", line + "\nbody"))
    assert isinstance(draft, ArticleDraft)
    assert draft.title == line


def test_the_source_path_is_set(write):
    path = write("s.txt", "hello world")
    (draft,) = read_drafts(path)
    assert draft.source_path == str(path)


@pytest.mark.parametrize("content", [b"", b"   \r\n\t\n", codecs.BOM_UTF8])
def test_empty_files_are_refused(library, write, content):
    path = write("empty.txt", content)
    outcome = import_paths(library, [path])
    refusal = only_refusal(outcome)
    assert refusal.template == EMPTY_FILE
    assert refusal.source == str(path)
    assert library.count() == 0


def test_undecodable_file_is_refused_with_a_clear_error(library, write):
    path = write("latin1.txt", "Ein schönes Mädchen über alles.".encode("cp1252"))
    outcome = import_paths(library, [path])
    assert only_refusal(outcome).template == UNKNOWN_ENCODING
    assert "encoding" in outcome.refused[0].message


def test_damaged_utf16_is_refused(library, write):
    path = write("broken.txt", codecs.BOM_UTF16_LE + "نص".encode("utf-16-le") + b"\x00\xdc")
    assert only_refusal(import_paths(library, [path])).template == DAMAGED_ENCODING
