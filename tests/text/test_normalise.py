from studio.text import normalise, normalise_with_map


def test_diacritics_and_tatweel_are_removed_for_matching():
    assert normalise("الكِتَابُ") == "الكتاب"
    assert normalise("كتـــــاب") == "كتاب"
    assert normalise("مُحَمَّدٌ") == "محمد"


def test_alef_ya_and_ta_marbuta_forms_fold():
    assert normalise("أحمد إلى آخر ٱلقرآن") == "احمد الي اخر القران"
    assert normalise("مدرسة") == normalise("مدرسه")
    assert normalise("على") == normalise("علي")


def test_presentation_forms_and_lam_alef_ligature_fold_to_letters():
    # U+FEFB is the isolated lam-alef ligature, U+FEF7 lam with hamza-above alef.
    assert normalise("\ufefb") == "لا"
    assert normalise("\ufef7") == "لا"
    # Arabic presentation forms of سلام as produced by some PDF extractions.
    assert normalise("\ufeb3\ufefc\ufee1") == "سلام"


def test_arabic_indic_and_persian_digits_become_values():
    assert normalise("٢٠٢٦") == "2026"
    assert normalise("۱۲۳") == "123"


def test_invisible_joiners_and_bidi_controls_do_not_split_words():
    assert normalise("مي\u200cخواهم") == "ميخواهم"
    assert normalise("\u200fنص\u200e") == "نص"
    assert normalise("\u2067نص\u2069") == "نص"


def test_latin_is_casefolded_and_nfkc():
    assert normalise("ChatGPT") == "chatgpt"
    assert normalise("ﬁle") == "file"  # the fi ligature
    assert normalise("Straße") == "strasse"


def test_emoji_and_empty_input_pass_through():
    assert normalise("") == ""
    assert normalise("رائع 😀") == "رائع 😀"


def test_map_points_back_to_original_characters():
    text = "الكِتَابُ ﻻ يُقْرَأ"
    folded, origin = normalise_with_map(text)
    assert folded == normalise(text)
    assert len(origin) == len(folded) + 1
    start = folded.index("يقرا")
    end = start + len("يقرا")
    # The span in the original keeps its diacritics.
    assert text[origin[start] : origin[end - 1] + 1] == "يُقْرَأ"
    assert origin[-1] == len(text)


def test_stored_text_is_never_changed_by_normalising():
    text = "مُسْتَقْبَلُ العَمَلِ الحُرِّ"
    copy = str(text)
    normalise(text)
    normalise_with_map(text)
    assert text == copy
