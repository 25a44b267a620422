"""A Word document of an article (python-docx), right to left where the text is.

Word needs two marks to show Arabic properly: `w:bidi` on a paragraph (it then starts at the right,
with its list number on the right) and `w:rtl` on each run of right-to-left text (so the run is
shaped and ordered as complex script, and takes the complex-script font, size and bold). Direction
per paragraph comes from `studio.text.block_direction`, as in the HTML export. The document's
languages are set too (Latin and complex script), so Word's proofing and fonts pick Arabic.
"""

from __future__ import annotations

import copy
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from markdown_it.token import Token

from studio.export.body import (
    article_direction,
    markdown,
    overridden_direction,
    split_line_paragraphs,
)
from studio.export.images import AssetLookup, asset_id
from studio.export.labels import labels_for
from studio.library.records import ArticleDetail
from studio.text import Direction, block_direction

PAPER_SIZES = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
MARGIN = Cm(2.3)
LATIN_FONT = "Calibri"
# Present with Arabic glyphs on Windows and macOS; LibreOffice substitutes a face that has them.
ARABIC_FONT = "Arial"
MONO_FONT = "Consolas"
LINK_COLOUR = RGBColor(0x0B, 0x63, 0xC5)
# Formats python-docx can size and Word can show.
_HIDDEN_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
_HIDDEN_CLOSE = re.compile(r"</(script|style)\b", re.IGNORECASE)
PICTURE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff"}


def _strong(ch: str) -> bool | None:
    """True for a right-to-left letter, False for a left-to-right one, None for the rest."""
    kind = unicodedata.bidirectional(ch)
    if kind in ("R", "AL"):
        return True
    return False if kind == "L" else None


def direction_pieces(text: str, rtl_paragraph: bool) -> list[tuple[str, bool]]:
    """`text` cut where its direction changes, each piece with whether it is right to left.

    Letters have their own direction; spaces, punctuation and digits take the direction of the
    letters on both sides when these agree, else the paragraph's (as the Unicode bidi
    algorithm resolves neutrals), so "hello, and 3.5%" stays one left-to-right piece and the
    space between an English and an Arabic word goes with the paragraph."""
    strong = [_strong(ch) for ch in text]
    after: list[bool | None] = [None] * len(text)
    following: bool | None = None
    for i in range(len(text) - 1, -1, -1):
        after[i] = following
        if strong[i] is not None:
            following = strong[i]
    pieces: list[tuple[str, bool]] = []
    before: bool | None = None
    start = 0
    current: bool | None = None
    for i, kind in enumerate(strong):
        if kind is None:
            kind = before if before is not None and before == after[i] else rtl_paragraph
        else:
            before = kind
        if current is not None and kind != current:
            pieces.append((text[start:i], current))
            start = i
        current = kind
    if current is not None:
        pieces.append((text[start:], current))
    return pieces or [(text, rtl_paragraph)]


def _set_on_off(parent: object, tag: str) -> None:
    element = OxmlElement(tag)
    parent.append(element)  # type: ignore[attr-defined]


def mark_paragraph_rtl(paragraph: Paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    # Schema order: w:bidi comes before spacing, indentation and justification.
    bidi = OxmlElement("w:bidi")
    successors = ("w:spacing", "w:ind", "w:jc", "w:rPr")
    for tag in successors:
        found = p_pr.find(qn(tag))
        if found is not None:
            found.addprevious(bidi)
            return
    p_pr.append(bidi)


def mark_run_rtl(run: Run) -> None:
    r_pr = run._r.get_or_add_rPr()
    r_pr.append(OxmlElement("w:rtl"))


def _complex_script_emphasis(run: Run, bold: bool, italic: bool) -> None:
    """Bold and italic of complex-script text are separate properties in Word."""
    r_pr = run._r.get_or_add_rPr()
    if bold:
        r_pr.append(OxmlElement("w:bCs"))
    if italic:
        r_pr.append(OxmlElement("w:iCs"))


def _set_languages(document: DocumentType, lang: str) -> None:
    # Word proofs Latin-script runs in `w:val` and right-to-left runs in `w:bidi`: the English
    # terms inside an Arabic article are English, so `w:val` stays en-US (as ar-SA, Word
    # underlined every one of them as a misspelt Arabic word). The document itself is Arabic.
    latin = "en-US"
    document_lang = "ar-SA" if lang == "ar" else "en-US"
    styles = document.styles.element
    r_pr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = r_pr_default.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr_default.insert(0, fonts)
    fonts.set(qn("w:cs"), ARABIC_FONT)
    language = r_pr_default.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        r_pr_default.append(language)
    language.set(qn("w:val"), latin)
    language.set(qn("w:bidi"), "ar-SA")
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = OxmlElement("w:themeFontLang")
        settings.append(theme)
    theme.set(qn("w:val"), latin)
    theme.set(qn("w:bidi"), "ar-SA")
    document.core_properties.language = document_lang


def _base_styles(document: DocumentType) -> None:
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(11)
    r_pr = normal.element.get_or_add_rPr()
    size_cs = OxmlElement("w:szCs")
    # Arabic reads small at the Latin size: complex-script text one step larger.
    size_cs.set(qn("w:val"), "26")
    r_pr.append(size_cs)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.25
    # Headings and the title take their complex-script face from the theme, which Word and
    # LibreOffice fill with unrelated faces for Arabic: the same Arabic face everywhere.
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        fonts.attrib.pop(qn("w:cstheme"), None)
        fonts.set(qn("w:cs"), ARABIC_FONT)
    for r_pr in document.styles.element.iter(qn("w:rPr")):
        # Letter spacing (the Title style has some) breaks the joins between Arabic letters,
        # and slanted Naskh in subtitles and quotes looks broken: Arabic has no italic style.
        for tag in ("w:spacing", "w:iCs"):
            for found in r_pr.findall(qn(tag)):
                r_pr.remove(found)


@dataclass
class _InlineState:
    bold: int = 0
    italic: int = 0
    strike: int = 0
    link: object | None = None
    # Inside raw <script> or <style> typed in a paragraph: its text is not article text.
    hidden: bool = False
    footnotes: dict[int, int] = field(default_factory=dict)


class _DocxWriter:
    def __init__(self, article: ArticleDetail, lookup: AssetLookup | None, paper: str) -> None:
        self.article = article
        self.lookup = lookup
        self.default = article_direction(article.direction, article.lang)
        self.document = Document()
        self.text_width = PAPER_SIZES[paper][0] - 2 * MARGIN
        section = self.document.sections[0]
        section.page_width, section.page_height = PAPER_SIZES[paper]
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        _base_styles(self.document)
        _set_languages(self.document, article.lang)
        # Containers open around the paragraph being written: ("bullet"|"ordered"|"quote", num).
        self.containers: list[tuple[str, int | None]] = []

    # -- blocks ----------------------------------------------------------------------------

    def write(self) -> bytes:
        article = self.article
        props = self.document.core_properties
        props.title = article.title
        props.author = article.author or ""
        props.keywords = ", ".join(article.tags)
        props.created = article.created
        self._paragraph(article.title, style="Title")
        labels = labels_for(article.lang)
        byline = [f"{labels.by} {article.author}"] if article.author else []
        byline.append(labels.date(article.created.date()))
        if article.reading_minutes:
            byline.append(labels.reading_time(article.reading_minutes))
        line = self._paragraph(labels.separator.join(byline), style="Subtitle")
        line.paragraph_format.space_after = Pt(18)
        tokens = split_line_paragraphs(markdown().parse(article.body, {}))
        self._blocks(tokens)
        stream = io.BytesIO()
        self.document.save(stream)
        return stream.getvalue()

    def _paragraph(self, text: str, style: str | None = None) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        direction = block_direction(text, self.default) or self.default
        if direction is Direction.RTL:
            mark_paragraph_rtl(paragraph)
        self._run(paragraph, text, direction, _InlineState())
        return paragraph

    def _list_style(self) -> tuple[str | None, int | None]:
        depth = sum(1 for kind, _ in self.containers if kind in ("bullet", "ordered"))
        for kind, num in reversed(self.containers):
            if kind in ("bullet", "ordered"):
                base = "List Bullet" if kind == "bullet" else "List Number"
                if depth == 1:
                    return base, num
                return f"{base} {min(depth, 3)}", None
        if any(kind == "quote" for kind, _ in self.containers):
            return "Quote", None
        return None, None

    def _blocks(self, tokens: list[Token]) -> None:
        levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
        shift = 1 - min(levels) if levels else 0
        index = 0
        first_in_item = False
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                level = min(max(int(token.tag[1]) + shift, 1), 6)
                inline = tokens[index + 1]
                if not (index == 0 and inline.content.strip() == self.article.title.strip()):
                    self._inline_paragraph(inline, style=f"Heading {level}")
                index += 3
                continue
            if kind == "paragraph_open":
                style, num = self._list_style()
                in_list = style is not None and style.startswith("List")
                if in_list and not first_in_item:
                    # A second paragraph of a list item: indented, without a new number.
                    style, num = "List Continue", None
                paragraph = self._inline_paragraph(tokens[index + 1], style=style)
                if num is not None:
                    _set_numbering(paragraph, num)
                first_in_item = False
                index += 3
                continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                ordered = kind == "ordered_list_open"
                num = _new_numbering(self.document, "List Number") if ordered else None
                self.containers.append(("ordered" if ordered else "bullet", num))
            elif kind == "list_item_open":
                first_in_item = True
            elif kind == "blockquote_open":
                self.containers.append(("quote", None))
            elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                self.containers.pop()
            elif kind in ("fence", "code_block"):
                self._code(token.content)
            elif kind == "table_open":
                index = self._table(tokens, index)
                continue
            elif kind == "hr":
                rule = self.document.add_paragraph("⁂")
                rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "footnote_block_open":
                self._paragraph("—")
            elif kind == "footnote_open":
                first_in_item = False
                label = f"[{token.meta['id'] + 1}] "
                paragraph = self._inline_paragraph(tokens[index + 2], prefix=label)
                paragraph.paragraph_format.space_after = Pt(4)
                index += 4
                continue
            index += 1

    def _code(self, text: str) -> None:
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.5)
        for number, line in enumerate(text.rstrip("\n").split("\n")):
            run = paragraph.add_run(line)
            run.font.name = MONO_FONT
            run.font.size = Pt(9.5)
            if number:
                run._r.addprevious(_break())

    def _table(self, tokens: list[Token], start: int) -> int:
        rows: list[list[Token]] = []
        index = start
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline":
                rows[-1].append(token)
            index += 1
        columns = max((len(r) for r in rows), default=0)
        if not rows or not columns:
            return index + 1
        table = self.document.add_table(rows=len(rows), cols=columns)
        table.style = "Table Grid"
        first_text = " ".join(t.content for t in rows[0])
        if (block_direction(first_text, self.default) or self.default) is Direction.RTL:
            table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
        for r, row in enumerate(rows):
            for c, inline in enumerate(row):
                cell = table.cell(r, c)
                paragraph = cell.paragraphs[0]
                self._fill(paragraph, inline, bold=r == 0)
        self.document.add_paragraph()
        return index + 1

    # -- inline ----------------------------------------------------------------------------

    def _inline_paragraph(
        self, inline: Token, style: str | None = None, prefix: str = ""
    ) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style)
        self._fill(paragraph, inline, prefix=prefix)
        return paragraph

    def _fill(
        self, paragraph: Paragraph, inline: Token, bold: bool = False, prefix: str = ""
    ) -> None:
        text = "".join(
            c.content for c in inline.children or () if c.type in ("text", "code_inline")
        )
        direction = (
            overridden_direction(self.article.paragraph_directions, inline.map)
            or block_direction(text, self.default)
            or self.default
        )
        if direction is Direction.RTL:
            mark_paragraph_rtl(paragraph)
        state = _InlineState(bold=int(bold))
        if prefix:
            self._run(paragraph, prefix, direction, state)
        for child in inline.children or ():
            kind = child.type
            if kind == "html_inline":
                if _HIDDEN_OPEN.match(child.content):
                    state.hidden = True
                elif _HIDDEN_CLOSE.match(child.content):
                    state.hidden = False
                continue
            if state.hidden:
                continue
            if kind == "text":
                self._run(paragraph, child.content, direction, state)
            elif kind == "code_inline":
                run = self._run(paragraph, child.content, direction, state)
                run.font.name = MONO_FONT
            elif kind == "softbreak":
                self._run(paragraph, " ", direction, state)
            elif kind == "hardbreak":
                paragraph.add_run().add_break()
            elif kind in ("strong_open", "strong_close"):
                state.bold += 1 if kind.endswith("open") else -1
            elif kind in ("em_open", "em_close"):
                state.italic += 1 if kind.endswith("open") else -1
            elif kind in ("s_open", "s_close"):
                state.strike += 1 if kind.endswith("open") else -1
            elif kind == "link_open":
                state.link = self._hyperlink(paragraph, str(child.attrGet("href") or ""))
            elif kind == "link_close":
                state.link = None
            elif kind == "image":
                self._picture(paragraph, child, direction, state)
            elif kind == "footnote_ref":
                run = self._run(paragraph, f"[{child.meta['id'] + 1}]", direction, state)
                run.font.superscript = True

    def _run(
        self, paragraph: Paragraph, text: str, direction: Direction, state: _InlineState
    ) -> Run:
        # One run per direction: Word treats the spaces, punctuation and digits of a run
        # marked w:rtl as right to left, so an English line holding one Arabic word, marked
        # whole, read "hello ,and" in Word.
        for piece, rtl in direction_pieces(text, direction is Direction.RTL):
            run = paragraph.add_run(piece)
            run.bold = bool(state.bold) or None
            run.italic = bool(state.italic) or None
            if state.strike:
                run.font.strike = True
            if rtl:
                mark_run_rtl(run)
                _complex_script_emphasis(run, bool(state.bold), bool(state.italic))
            if state.link is not None:
                run.font.color.rgb = LINK_COLOUR
                run.font.underline = True
                state.link.append(run._r)  # type: ignore[attr-defined]
        return run

    def _hyperlink(self, paragraph: Paragraph, href: str) -> object | None:
        if not href.lower().startswith(("http://", "https://", "mailto:")):
            return None
        relation = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), relation)
        paragraph._p.append(link)
        return link

    def _picture(
        self, paragraph: Paragraph, token: Token, direction: Direction, state: _InlineState
    ) -> None:
        alt = "".join(c.content for c in token.children or ())
        digest = asset_id(str(token.attrGet("src") or ""))
        asset = self.lookup(digest) if digest and self.lookup else None
        if asset is None or asset.mime not in PICTURE_TYPES:
            if alt:
                self._run(paragraph, f"[{alt}]", direction, state)
            return
        run = paragraph.add_run()
        try:
            shape = run.add_picture(io.BytesIO(asset.data))
        except Exception:  # python-docx raises several types for images it cannot read
            run.text = f"[{alt}]" if alt else ""
            return
        if shape.width > self.text_width:
            ratio = self.text_width / shape.width
            shape.width = int(shape.width * ratio)
            shape.height = int(shape.height * ratio)
        if alt:
            doc_pr = run._r.find(".//" + qn("wp:docPr"))
            if doc_pr is not None:
                doc_pr.set("descr", alt)


def _break() -> object:
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:br"))
    return run


def _new_numbering(document: DocumentType, style_name: str) -> int | None:
    """A fresh numbering instance of the style's list, so each numbered list starts at 1
    (Word otherwise continues one list's numbers into the next)."""
    style = document.styles[style_name]
    num_pr = style.element.find(qn("w:pPr"))
    num_pr = num_pr.find(qn("w:numPr")) if num_pr is not None else None
    if num_pr is None or num_pr.find(qn("w:numId")) is None:
        return None
    base_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    base = next(
        (n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == base_id), None
    )
    if base is None:
        return None
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    fresh = copy.deepcopy(base)
    fresh.set(qn("w:numId"), str(new_id))
    for override in fresh.findall(qn("w:lvlOverride")):
        fresh.remove(override)
    for level in range(3):
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), str(level))
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        fresh.append(override)
    numbering.append(fresh)
    return new_id


def _set_numbering(paragraph: Paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    style_pr = paragraph.style.element.find(qn("w:pPr")) if paragraph.style is not None else None
    style_num = style_pr.find(qn("w:numPr")) if style_pr is not None else None
    level = style_num.find(qn("w:ilvl")) if style_num is not None else None
    num_pr.get_or_add_ilvl().val = int(level.get(qn("w:val"))) if level is not None else 0


# Characters XML 1.0 cannot hold at all (lxml refuses the whole string): C0 controls other than
# tab and line breaks, lone surrogates, and the two non-characters U+FFFE and U+FFFF. A pasted
# terminal escape or a form feed must not make the whole document impossible to export.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _xml_safe_article(article: ArticleDetail) -> ArticleDetail:
    return replace(
        article,
        title=xml_safe(article.title),
        body=xml_safe(article.body),
        author=xml_safe(article.author) if article.author else article.author,
        tags=[xml_safe(tag) for tag in article.tags],
    )


def docx_bytes(
    article: ArticleDetail, lookup: AssetLookup | None = None, paper: str = "a4"
) -> bytes:
    """The article as a .docx file's bytes (without the few characters XML cannot hold)."""
    return _DocxWriter(_xml_safe_article(article), lookup, paper).write()
