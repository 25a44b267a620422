from studio.text import (
    Direction,
    block_direction,
    detect_language,
    light_stem,
    normalise,
    paragraph_direction,
)


def test_direction_follows_first_strong_character():
    assert paragraph_direction("مرحبا بالعالم") is Direction.RTL
    assert paragraph_direction("Hello عالم") is Direction.LTR
    # A line that starts with an English word is LTR by the rules; the editor's override exists
    # for exactly this case, so the rule itself must not guess.
    assert paragraph_direction("ChatGPT أداة مفيدة") is Direction.LTR


def test_leading_digits_and_punctuation_are_skipped():
    assert paragraph_direction("2024 عام حافل") is Direction.RTL
    assert paragraph_direction("١٢٣ - بداية") is Direction.RTL
    assert paragraph_direction("- **مهم**: نص") is Direction.RTL
    assert paragraph_direction("> 42 is the answer") is Direction.LTR


def test_no_strong_character_gives_the_default():
    assert paragraph_direction("") is None
    assert paragraph_direction("123 456") is None
    assert paragraph_direction("😀 !", default=Direction.RTL) is Direction.RTL


def test_isolated_text_is_skipped_as_rule_p2_says():
    assert paragraph_direction("\u2066English\u2069 عربي") is Direction.RTL


def test_language_detection():
    assert detect_language("هذا نص عربي فيه كلمة English واحدة") == "ar"
    assert detect_language("An English text with one word عربية") == "en"
    assert detect_language("123", default="ar") == "ar"


def test_light_stemmer_strips_article_conjunction_and_suffixes():
    assert light_stem(normalise("والكتاب")) == "كتاب"
    assert light_stem(normalise("بالمدرسة")) == "مدرس"
    assert light_stem(normalise("المكتبات")) == "مكتب"
    assert light_stem(normalise("كاتبون")) == "كاتب"
    # Short words keep enough letters to mean something.
    assert light_stem("ولد") == "ولد"
    assert all(len(light_stem(w)) >= 2 for w in ["وله", "بها", "لهم", "هي"])
    assert light_stem("writers") == "writers"
    assert light_stem("") == ""


def test_block_in_an_arabic_article_that_starts_with_english_reads_right_to_left():
    assert block_direction("ChatGPT أداة مفيدة للكتابة", Direction.RTL) is Direction.RTL
    assert (
        block_direction("**Brief** (الموجز): وثيقة يكتبها العميل", Direction.RTL) is Direction.RTL
    )
    # An English quotation inside the Arabic article keeps its own direction.
    assert block_direction("Tighten the lede, then cut.", Direction.RTL) is Direction.LTR
    # And the same holds the other way round.
    assert block_direction("مرحبا is how we say hello", Direction.LTR) is Direction.LTR
    assert block_direction("١٢٣", Direction.RTL) is Direction.RTL
    assert block_direction("", None) is None
    # Without an article direction, the Unicode rules decide.
    assert block_direction("ChatGPT أداة مفيدة للكتابة", None) is Direction.LTR


def test_batch_stemming_agrees_with_one_by_one():
    from studio.text.stem import light_stems

    words = [
        normalise(w) for w in ["والكتاب", "المكتبات", "كاتبون", "الكتاب", "والكتاب", "writers"]
    ]
    assert light_stems(words) == [light_stem(w) for w in words]
