import hashlib
import io

import docx
from docx.oxml.ns import qn

from studio.export.docx_export import docx_bytes
from studio.library.records import AssetFile
from tests.export.conftest import make_article, make_png

PNG = make_png(40, 20)
SHA = hashlib.sha256(PNG).hexdigest()


def _open(article, lookup=None):
    return docx.Document(io.BytesIO(docx_bytes(article, lookup)))


def _is_rtl(paragraph) -> bool:
    p_pr = paragraph._p.pPr
    return p_pr is not None and p_pr.find(qn("w:bidi")) is not None


def test_arabic_paragraphs_are_bidi_and_their_runs_rtl():
    body = "فقرة **عربية** فيها كلمة English.\n\n> An English quote.\n"
    document = _open(make_article(body, lang="ar", title="عنوان"))
    paragraphs = {p.text: p for p in document.paragraphs}
    arabic = paragraphs["فقرة عربية فيها كلمة English."]
    english = paragraphs["An English quote."]
    assert _is_rtl(arabic) and not _is_rtl(english)
    assert _is_rtl(paragraphs["عنوان"])
    runs = {run.text: run for run in arabic.runs}
    assert runs["عربية"]._r.rPr.find(qn("w:rtl")) is not None
    assert runs["عربية"]._r.rPr.find(qn("w:bCs")) is not None  # bold of Arabic text
    assert runs[" فيها كلمة "]._r.rPr.find(qn("w:rtl")) is not None
    # The English word is a left-to-right run of its own, as Word makes it when typed.
    assert runs["English"]._r.rPr is None or runs["English"]._r.rPr.find(qn("w:rtl")) is None
    english_runs = [r for r in english.runs if r.text.strip()]
    assert all(r._r.rPr is None or r._r.rPr.find(qn("w:rtl")) is None for r in english_runs)


def _rtl_runs(paragraph) -> list[tuple[str, bool]]:
    return [
        (run.text, run._r.rPr is not None and run._r.rPr.find(qn("w:rtl")) is not None)
        for run in paragraph.runs
    ]


def test_an_english_line_with_an_arabic_word_marks_only_that_word_right_to_left():
    # Word reads the spaces, punctuation and digits of a w:rtl run right to left: the whole
    # line marked so came out as "hello ,and" and "%3.5" in Word.
    body = "فقرة عربية.\n\nThe word مرحبا means hello, and 3.5% of 100 is 3.5!\n"
    document = _open(make_article(body, lang="ar"))
    english = next(p for p in document.paragraphs if p.text.startswith("The word"))
    assert not _is_rtl(english)
    assert _rtl_runs(english) == [
        ("The word ", False),
        ("مرحبا", True),
        (" means hello, and 3.5% of 100 is 3.5!", False),
    ]
    arabic = next(p for p in document.paragraphs if p.text == "فقرة عربية.")
    assert _rtl_runs(arabic) == [("فقرة عربية.", True)]


def test_an_arabic_line_that_starts_with_an_english_name_keeps_its_numbers_in_the_arabic_run():
    body = "ChatGPT أداة مفيدة منذ عام 2024 (تقريبا).\n"
    document = _open(make_article(body, lang="ar"))
    (paragraph,) = [p for p in document.paragraphs if p.text.startswith("ChatGPT")]
    assert _is_rtl(paragraph)
    assert _rtl_runs(paragraph) == [
        ("ChatGPT", False),
        (" أداة مفيدة منذ عام 2024 (تقريبا).", True),
    ]


def test_document_language_is_set():
    document = _open(make_article("نص.", lang="ar"))
    lang = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar-SA"
    # English terms in an Arabic article are proofed as English, not as misspelt Arabic.
    assert lang.get(qn("w:val")) == "en-US"
    assert document.core_properties.language == "ar-SA"
    assert _open(make_article("Text.")).core_properties.language == "en-US"


def test_structure_headings_lists_emphasis_links():
    body = (
        "## Part one\n\nSome *italic* and **bold** and [a link](https://example.com).\n\n"
        "1. first\n2. second\n\n- bullet\n  - nested\n\n### Detail\n\n1. again one\n"
    )
    document = _open(make_article(body, title="Doc"))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Doc") in styles
    assert ("Heading 1", "Part one") in styles and ("Heading 2", "Detail") in styles
    assert ("List Number", "first") in styles and ("List Bullet", "bullet") in styles
    assert ("List Bullet 2", "nested") in styles
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Some"))
    assert any(r.italic and r.text == "italic" for r in paragraph.runs)
    assert any(r.bold and r.text == "bold" for r in paragraph.runs)
    links = paragraph._p.findall(qn("w:hyperlink"))
    assert len(links) == 1
    target = document.part.rels[links[0].get(qn("r:id"))].target_ref
    assert target == "https://example.com"
    # Each numbered list starts again at 1: it has its own numbering instance.
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert ids[0] == ids[1] != ids[2]


def test_images_from_the_library_are_embedded():
    body = f"![A picture](asset:{SHA})\n\n![missing](asset:{'0' * 64})"
    document = _open(
        make_article(body),
        lambda sha: AssetFile(SHA, "image/png", "p.png", PNG) if sha == SHA else None,
    )
    assert len(document.inline_shapes) == 1
    assert "[missing]" in [p.text for p in document.paragraphs]


def test_raw_html_and_script_do_not_reach_the_document():
    document = _open(make_article("Text <script>alert(1)</script>\n\n<div onclick=x>y</div>"))
    assert "alert" not in "".join(p.text for p in document.paragraphs)
