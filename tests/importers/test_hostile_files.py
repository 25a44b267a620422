"""Hostile files through every importer: arbitrary bytes, invalid UTF-8, UTF-8 carrying encoded
surrogates (CESU-8, WTF-8), UTF-16 without a BOM, bidi controls and combining marks, JSON escapes
of lone surrogates, truncated and bit-flipped Word documents. Each file becomes an article or
the importer's clear refusal (one of its translated templates) — never another exception, never
a hang — and what is imported is stored exactly as it was read."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.importers import ALL_TEMPLATES, import_paths
from studio.importers.errors import EMPTY_FILE
from studio.library import Library

FORMATS = (".txt", ".md", ".html", ".jsonl", ".docx")

_HOSTILE = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("\u202a\u202b\u202c\u202e\u2066\u2067\u2069\u200e\u200f\u061c")),
    st.sampled_from(list("\u200b\u200c\u200d\u2060\ufeff\u0640\n\r\t\x00\x1b")),
    st.characters(min_codepoint=0x064B, max_codepoint=0x065F),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.characters(),
)
hostile_texts = st.text(alphabet=_HOSTILE, min_size=1, max_size=300)
_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(tmp_path_factory.mktemp("hostile") / "hostile.qalam")
    yield lib
    lib.close()


def _import(library: Library, name: str, data: bytes) -> tuple[list[str], list[str]]:
    """(bodies imported, refusal templates) for one file holding `data`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcome = import_paths(library, [path])
    for refusal in outcome.refused:
        assert refusal.template in ALL_TEMPLATES, refusal
        refusal.template.format(**refusal.params)  # the message can be written out
    bodies = [library.get(article_id).body for article_id in outcome.imported]
    library.delete(outcome.imported)  # the next example may hold the same text
    assert outcome.imported or outcome.refused or outcome.skipped
    return bodies, [r.template for r in outcome.refused]


def cesu8(text: str) -> bytes:
    """CESU-8: characters beyond the BMP as two encoded surrogates (what Java and old MySQL
    write); lone surrogates encode the same way (which makes it WTF-8)."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            pair = ch.encode("utf-16-be")
            out += pair[:2].decode("utf-16-be", "surrogatepass").encode("utf-8", "surrogatepass")
            out += pair[2:].decode("utf-16-be", "surrogatepass").encode("utf-8", "surrogatepass")
        else:
            out += ch.encode("utf-8", "surrogatepass")
    return bytes(out)


_ENCODINGS = {
    "wtf-8": lambda t: t.encode("utf-8", "surrogatepass"),
    "cesu-8": cesu8,
    "utf-16-le, no BOM": lambda t: t.encode("utf-16-le", "surrogatepass"),
    "utf-16-be, no BOM": lambda t: t.encode("utf-16-be", "surrogatepass"),
    "utf-16 with BOM": lambda t: t.encode("utf-16", "surrogatepass"),
    "windows-1256": lambda t: t.encode("cp1256", "replace"),
    "utf-8 cut mid-character": lambda t: t.encode("utf-8", "surrogatepass")[:-1],
}


@_SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(FORMATS))
def test_any_bytes_in_any_format(library: Library, data: bytes, suffix: str) -> None:
    _import(library, "random" + suffix, data)


@_SETTINGS
@given(hostile_texts, st.sampled_from(sorted(_ENCODINGS)), st.sampled_from((".txt", ".md")))
def test_text_in_any_encoding_is_kept_exactly_or_refused(
    library: Library, text: str, encoding: str, suffix: str
) -> None:
    data = _ENCODINGS[encoding](text)
    bodies, _refused = _import(library, "text" + suffix, data)
    for body in bodies:
        # Whatever was imported is real text: it can be written back as UTF-8.
        body.encode("utf-8")
        if (
            suffix == ".txt"
            and encoding == "wtf-8"
            and not any("\ud800" <= ch <= "\udfff" or ch == "\x00" for ch in text)
        ):
            assert body == text.removeprefix("\ufeff")


@_SETTINGS
@given(hostile_texts, hostile_texts, st.booleans())
def test_jsonl_with_escaped_surrogates(
    library: Library, text: str, title: str, ascii_only: bool
) -> None:
    line = json.dumps({"title": title, "text": text}, ensure_ascii=ascii_only)
    data = line.encode("utf-8", "surrogatepass") + b"\n"
    bodies, refused = _import(library, "lines.jsonl", data)
    for body in bodies:
        assert body == text
    assert bodies or refused


def _docx(text: str) -> bytes:
    document = Document()
    document.core_properties.title = "وثيقة"
    document.add_heading("عنوان التجربة", level=1)
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    document.add_table(rows=2, cols=2).cell(0, 0).text = "خلية"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_DOCX = _docx("الفقرة الأولى من المقال.\nSecond paragraph, in English.\n" * 20)
_printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200
)


@_SETTINGS
@given(st.integers(min_value=0, max_value=len(_DOCX)))
def test_a_truncated_word_document(library: Library, keep: int) -> None:
    _import(library, "cut.docx", _DOCX[:keep])


@_SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=len(_DOCX) * 8 - 1), min_size=1, max_size=8))
def test_a_bit_flipped_word_document(library: Library, bits: list[int]) -> None:
    data = bytearray(_DOCX)
    for bit in bits:
        data[bit // 8] ^= 1 << (bit % 8)
    _import(library, "flipped.docx", bytes(data))


@settings(max_examples=25, deadline=None)
@given(_printable)
def test_a_word_document_of_any_text(text: str) -> None:
    try:
        data = _docx(text)
    except ValueError:
        return  # python-docx itself refuses characters XML cannot hold
    with tempfile.TemporaryDirectory() as folder:
        lib = Library.open(Path(folder) / "one.qalam")
        try:
            bodies, refused = _import(lib, "any.docx", data)
        finally:
            lib.close()
    assert bodies or refused


@pytest.mark.parametrize("data", [b"", b"\n\n  \n", b"\xef\xbb\xbf\n"])
def test_an_empty_jsonl_file_is_refused_with_a_reason(library: Library, data: bytes) -> None:
    # It used to import nothing and say nothing.
    bodies, refused = _import(library, "empty.jsonl", data)
    assert bodies == []
    assert refused == [EMPTY_FILE]


@pytest.mark.parametrize("name", ["over.txt", "over.md", "over.docx"])
def test_a_file_just_over_the_size_limit_says_it_is_larger_than_the_limit(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from studio.importers import limits

    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 2**20)
    monkeypatch.setattr(limits, "MAX_DOCX_BYTES", 2**20)
    path = tmp_path / name
    path.write_bytes(b"x" * (2**20 + 10))
    outcome = import_paths(library, [path])
    (refusal,) = outcome.refused
    message = refusal.template.format(**refusal.params)
    # It read "(1.0 MB; the limit is 1.0 MB)": a writer cannot tell what is wrong.
    assert message == "The file is too large to import (1.1 MB; the limit is 1.0 MB)."
