"""Spelling in Arabic and English, word by word by script; the text itself never changes."""

from __future__ import annotations

from studio.text.spelling import Speller


def _words(speller: Speller, line: str) -> list[str]:
    return [m.word for m in speller.unknown(line)]


def test_english_typos_are_found_with_what_was_meant() -> None:
    speller = Speller()
    line = "The writter recieved the brief."
    found = speller.unknown(line)
    assert [(line[m.start : m.end], m.lang) for m in found] == [
        ("writter", "en"),
        ("recieved", "en"),
    ]
    assert "received" in speller.suggestions("recieved", "en")
    assert speller.suggestions("Writter", "en")[0][0].isupper()


def test_british_spellings_names_acronyms_code_and_links_are_not_flagged() -> None:
    speller = Speller()
    line = (
        "The colour of the programme centre was analysed in Warsaw by NASA; "
        "see `configg` at https://exmaple.org/pagee or mail eddit@exmaple.org, file v2_draftt."
    )
    assert _words(speller, line) == []


def test_arabic_words_with_clitics_and_diacritics_are_known() -> None:
    speller = Speller()
    line = "ذهبَ الطلابُ إلى المدرسة، وبمدرستهم مكتبةٌ كبيرة، والمعلمات التونسيات يكتبن لـ الصحف."
    assert _words(speller, line) == []


def test_an_arabic_typo_of_a_common_word_is_found_and_mended() -> None:
    speller = Speller()
    line = "قرأت الكتاابة في المدرسة"
    (miss,) = speller.unknown(line)
    assert (line[miss.start : miss.end], miss.lang) == ("الكتاابة", "ar")
    assert "الكتابة" in speller.suggestions(miss.word, "ar")


def test_a_mixed_line_is_checked_word_by_word_by_script() -> None:
    speller = Speller()
    line = "كتبت المقالة for the clinet يوم الخميس"
    assert [(m.word, m.lang) for m in speller.unknown(line)] == [("clinet", "en")]


def test_personal_and_ignored_words_are_known() -> None:
    speller = Speller(personal=["Qalam"])
    assert _words(speller, "the qalam studio writes kalimaat") == ["kalimaat"]
    speller.ignore("kalimaat")
    assert _words(speller, "the qalam studio writes kalimaat") == []
