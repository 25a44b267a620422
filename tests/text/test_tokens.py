from studio.text import TokenKind, tokenise, word_count, words
from studio.text.counts import reading_minutes


def test_diacritised_words_stay_whole():
    assert words("الكِتَابُ مُفِيدٌ جِدًّا") == ["الكِتَابُ", "مُفِيدٌ", "جِدًّا"]


def test_tatweel_and_zwnj_inside_a_word():
    assert words("كتـــاب مي\u200cخواهم") == ["كتـــاب", "مي\u200cخواهم"]


def test_mixed_arabic_and_english_line_with_offsets():
    text = "ChatGPT أداة مفيدة for writers"
    tokens = tokenise(text)
    assert [t.text for t in tokens] == ["ChatGPT", "أداة", "مفيدة", "for", "writers"]
    assert [t.kind for t in tokens] == [
        TokenKind.LATIN,
        TokenKind.ARABIC,
        TokenKind.ARABIC,
        TokenKind.LATIN,
        TokenKind.LATIN,
    ]
    for token in tokens:
        assert text[token.start : token.end] == token.text


def test_numbers_keep_separators_and_units():
    assert words("نما بنسبة ٣٫٥٪ في 2024م") == ["نما", "بنسبة", "٣٫٥", "في", "2024م"]
    assert words("1,250.5 dollars") == ["1,250.5", "dollars"]
    assert tokenise("١٢٣")[0].kind is TokenKind.NUMBER


def test_apostrophes_join_english_words():
    assert words("don't stop") == ["don't", "stop"]
    assert words("l’eau") == ["l’eau"]


def test_emoji_and_punctuation_are_not_words():
    assert words("رائع! 😀 👍🏽 — ؟") == ["رائع"]
    assert word_count("") == 0
    assert word_count("   \n ") == 0


def test_reading_time_counts_arabic_slower_than_english():
    arabic = " ".join(["كلمة"] * 1380)
    english = " ".join(["word"] * 1380)
    assert reading_minutes(arabic) == 10
    assert reading_minutes(english) == 6
    assert reading_minutes("") == 0
    assert reading_minutes("كلمة") == 1
