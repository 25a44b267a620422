"""Each stemmed word keeps the span of the word of the original it comes from: passages are
highlighted by these offsets, in the new text and in the stored article."""

from __future__ import annotations

import numpy as np

from studio.similar.features import analyse, spans_of, stem_hashes


def _words_at(text: str, starts: np.ndarray, ends: np.ndarray) -> list[str]:
    return [text[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


def test_a_number_and_a_lone_tatweel_do_not_shift_the_words_after_them() -> None:
    # "2.5" folds into two words and the lone tatweel into none: as many words as the original
    # has, but not one for one. Every word after them must still point at itself.
    text = "ارتفع السعر إلى 2.5 مليون ـ دولار في السوق"
    for analysed in (analyse(text), spans_of(text, stem_hashes(text))):
        assert analysed is not None
        words = _words_at(text, analysed.starts, analysed.ends)
        assert words == ["ارتفع", "السعر", "إلى", "2.5", "2.5", "مليون", "دولار", "في", "السوق"]
        assert np.array_equal(analysed.hashes, stem_hashes(text))


def test_english_possessives_and_vowelled_arabic_keep_their_spans() -> None:
    text = "The world's first 3.5 GW plant — قَالَ الْمُدِيرُ إنَّ المشروعَ بدأ"
    analysed = analyse(text)
    words = _words_at(text, analysed.starts, analysed.ends)
    assert words[:6] == ["The", "world's", "world's", "first", "3.5", "3.5"]
    assert words[-5:] == ["قَالَ", "الْمُدِيرُ", "إنَّ", "المشروعَ", "بدأ"]
    assert spans_of(text, analysed.hashes) is not None
