import codecs

import pytest

from studio.importers.encoding import decode_bytes, decode_text, looks_arabic
from studio.importers.errors import DAMAGED_ENCODING, UNKNOWN_ENCODING, ImportRefused

ARABIC = "الكِتابةُ للويب\r\nيفتح أغلب القرّاء المقالات على هواتفهم، في دقائق متفرقة."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ARABIC.encode("utf-32-le"), "utf-32-le"),
        (ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_each_encoding_gives_back_the_exact_text(data, encoding):
    decoded = decode_text(data)
    assert decoded.encoding == encoding
    assert decoded.text == ARABIC


def test_a_bom_is_dropped_but_a_later_zero_width_no_break_space_is_kept():
    text = "a\ufeffb"
    assert decode_text(codecs.BOM_UTF8 + text.encode("utf-8")).text == text


def test_cp1256_arabic_with_english_terms_is_recognised():
    text = "استخدم الكاتب ChatGPT و Google Docs في كتابة المقال، ثم راجعه المحرر بعناية."
    assert decode_text(text.encode("cp1256")).text == text


@pytest.mark.parametrize(
    ("text", "codepage"),
    [
        ("Das Mädchen ging über die Straße und kaufte Brötchen für die Familie.", "cp1252"),
        ("Ärger über Öl", "cp1252"),
        ("L'été dernier, nous sommes allés à la plage près de Nîmes.", "cp1252"),
        ("Привет, как дела? Сегодня хорошая погода, и мы пойдём гулять.", "cp1251"),
        ("Καλημέρα, τι κάνεις; Σήμερα ο καιρός είναι ωραίος.", "cp1253"),
        ("שלום, מה שלומך? היום מזג האוויר יפה ונלך לטייל בפארק.", "cp1255"),
    ],
)
def test_other_code_pages_are_refused_not_misread_as_arabic(text, codepage):
    with pytest.raises(ImportRefused) as caught:
        decode_text(text.encode(codepage))
    assert caught.value.template == UNKNOWN_ENCODING


def test_binary_and_bomless_utf16_are_refused():
    with pytest.raises(ImportRefused):
        decode_text(bytes(range(256)) * 4)
    with pytest.raises(ImportRefused) as caught:
        decode_text("plain English".encode("utf-16-le"))
    assert caught.value.template == UNKNOWN_ENCODING


def test_a_bom_followed_by_invalid_text_says_which_encoding_it_claimed():
    with pytest.raises(ImportRefused) as caught:
        decode_text(codecs.BOM_UTF16_LE + b"a\x00b")  # odd length: half a character at the end
    assert caught.value.template == DAMAGED_ENCODING
    assert caught.value.params["encoding"] == "UTF-16"
    with pytest.raises(ImportRefused) as caught:
        decode_text(codecs.BOM_UTF8 + b"ok \xff")
    assert caught.value.params == {"encoding": "UTF-8", "position": 6}


def test_looks_arabic():
    assert looks_arabic("بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ")
    assert not looks_arabic("English only")
    assert not looks_arabic("1234 ,.")


def test_decode_bytes_for_callers_outside_an_import():
    assert decode_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "body.txt") == ARABIC
    with pytest.raises(ValueError, match=r"^body\.txt: Could not tell the encoding"):
        decode_bytes("Mädchen".encode("cp1252"), "body.txt")
