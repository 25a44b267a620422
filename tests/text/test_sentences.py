from studio.text import split_clauses, split_sentences


def _texts(text, spans):
    return [text[a:b] for a, b in spans]


def test_arabic_question_mark_and_semicolon_end_sentences():
    text = "هل تعمل مستقلاً؟ نعم؛ منذ عامين. وأنت!"
    assert _texts(text, split_sentences(text)) == [
        "هل تعمل مستقلاً؟",
        "نعم؛",
        "منذ عامين.",
        "وأنت!",
    ]


def test_newlines_end_sentences_and_blank_lines_are_dropped():
    text = "## عنوان\n\nفقرة أولى بلا نقطة\nفقرة ثانية"
    assert _texts(text, split_sentences(text)) == ["## عنوان", "فقرة أولى بلا نقطة", "فقرة ثانية"]


def test_decimal_points_do_not_end_sentences():
    text = "The rate was 3.5 percent. It rose again."
    assert _texts(text, split_sentences(text)) == ["The rate was 3.5 percent.", "It rose again."]


def test_arabic_comma_ends_clauses_not_sentences():
    text = "كتبتُ المقال، ثم راجعته. انتهى"
    assert _texts(text, split_sentences(text)) == ["كتبتُ المقال، ثم راجعته.", "انتهى"]
    assert _texts(text, split_clauses(text)) == ["كتبتُ المقال،", "ثم راجعته.", "انتهى"]


def test_punctuation_only_and_empty_input_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences("... ؟ !") == []
    assert split_sentences("😀") == []
