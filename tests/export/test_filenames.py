import pytest

from studio.export.filenames import MAX_STEM_BYTES, safe_stem, unique_path


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("الكتابة للويب: كيف تكتب مقالًا؟", "الكتابة للويب كيف تكتب مقالًا؟"),
        ('a<b>c:d"e/f\\g|h?i*j', "a b c d e f g h i j"),
        ("tab\there\nnew\x00line\x1f", "tab here new line"),
        ("ends with dots... ", "ends with dots"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1", "_Com1"),
        ("CONSOLE notes", "CONSOLE notes"),
        ("", "article"),
        ("???", "article"),
        ("...hidden", "hidden"),
        ("evil\u202etxt.exe", "evil txt.exe"),
    ],
)
def test_safe_stem(title, expected):
    assert safe_stem(title) == expected


def test_long_arabic_titles_are_cut_by_bytes_on_a_character_boundary():
    stem = safe_stem("كتابة " * 100)
    assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
    assert stem.encode("utf-8").decode("utf-8") == stem
    assert not stem.endswith(" ")


def test_unique_path_on_disk_and_within_a_batch(tmp_path):
    (tmp_path / "مقال.html").write_text("x")
    taken: set[str] = set()
    first = unique_path(tmp_path, "مقال", ".html", taken)
    second = unique_path(tmp_path, "مقال", ".html", taken)
    third = unique_path(tmp_path, "Note", ".html", taken)
    fourth = unique_path(tmp_path, "note", ".html", taken)
    assert first.name == "مقال (2).html"
    assert second.name == "مقال (3).html"
    assert (third.name, fourth.name) == ("Note.html", "note (2).html")
