"""Word-by-word differences between two texts, for comparing revisions and re-mapping records.

Both texts are cut into tokens that cover them completely: runs of word characters (letters with
their tashkeel, digits), runs of whitespace, and single other characters (a comma). Tokens are
compared as written, so a change of tashkeel only is a change; `DiffOp.marks_only` says when an
insertion replaces a deletion that differs from it only in diacritics, tatweel and letter forms
(not in case), so the history view can show it more quietly.

Joining the texts of the `equal` and `insert` operations gives the new text exactly; joining
`equal` and `delete` gives the old one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

# Word characters with the marks and joiners that belong to Arabic words; anything else is a
# token of its own, so punctuation and spacing changes show where they happen.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_TOKEN_RE = re.compile(rf"[\w{_MARKS}]+|\s+|.", re.DOTALL)

Kind = Literal["equal", "insert", "delete"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    kind: Kind
    text: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    # An insert that replaces the delete just before it, differing only in diacritics.
    marks_only: bool = False


def diff_tokens(text: str) -> list[str]:
    """The tokens `word_diff` compares; they join back into `text`."""
    return _TOKEN_RE.findall(text)


def word_diff(old: str, new: str) -> list[DiffOp]:
    """The operations turning `old` into `new`, word by word, in text order; for a replacement
    the deletion comes first."""
    if old == new:
        return [DiffOp("equal", old, 0, len(old), 0, len(new))] if old else []
    # Common head and tail are cheap to find and spare the matcher most of a long text. Their
    # cuts move out of any word they fall inside, so a word is compared whole.
    head = common_prefix(old, new)
    while head and _WORD_CHAR.match(old, head - 1) and (_word_at(old, head) or _word_at(new, head)):
        head -= 1
    tail = common_suffix(old[head:], new[head:])
    while (
        tail
        and _word_at(old, len(old) - tail)
        and (_word_at(old, len(old) - tail - 1) or _word_at(new, len(new) - tail - 1))
    ):
        tail -= 1
    old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]

    ops: list[DiffOp] = []
    if head:
        ops.append(DiffOp("equal", old[:head], 0, head, 0, head))
    # Sentences and lines first: they are nearly all distinct, so matching them is quick even
    # in a long article; words are then compared only inside the stretches that differ.
    a_segs, b_segs = _segments(old_mid), _segments(new_mid)
    a_pos, b_pos = _offsets(a_segs, head), _offsets(b_segs, head)
    matcher = SequenceMatcher(None, a_segs, b_segs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(
                DiffOp("equal", "".join(a_segs[i1:i2]), a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j2])
            )
        else:
            ops += _token_ops("".join(a_segs[i1:i2]), "".join(b_segs[j1:j2]), a_pos[i1], b_pos[j1])
    if tail:
        ops.append(
            DiffOp(
                "equal",
                old[len(old) - tail :],
                len(old) - tail,
                len(old),
                len(new) - tail,
                len(new),
            )
        )
    return _merge_equal(ops)


def _token_ops(old: str, new: str, old_base: int, new_base: int) -> list[DiffOp]:
    a, b = diff_tokens(old), diff_tokens(new)
    a_pos, b_pos = _offsets(a, old_base), _offsets(b, new_base)
    # Exact matching costs up to len(a)·len(b) when words repeat (spaces do); past that size
    # difflib's popularity heuristic keeps it fast, at the price of a less minimal result.
    exact = len(a) * len(b) <= _EXACT_LIMIT
    matcher = SequenceMatcher(None, a, b, autojunk=not exact)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(
                DiffOp("equal", "".join(a[i1:i2]), a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j2])
            )
            continue
        removed = "".join(a[i1:i2])
        added = "".join(b[j1:j2])
        if removed:
            ops.append(DiffOp("delete", removed, a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j1]))
        if added:
            quiet = bool(removed) and _quiet_key(removed) == _quiet_key(added)
            ops.append(DiffOp("insert", added, a_pos[i2], a_pos[i2], b_pos[j1], b_pos[j2], quiet))
    return ops


_QUIET_RE = re.compile(f"[{_MARKS}]")
# Letter forms writers swap without changing the word (the same folds search uses); case is not
# among them: "Apple" and "apple" are different words to an English reader.
_QUIET_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def _quiet_key(text: str) -> str:
    return _QUIET_RE.sub("", text).translate(_QUIET_FOLDS)


_EXACT_LIMIT = 1_000_000
# A segment ends after a run of newlines, or after sentence punctuation and the spaces after it.
_SEGMENT_END = re.compile(r"\n+|[.!?؟…]+[^\S\n]+")


def _segments(text: str) -> list[str]:
    out = []
    last = 0
    for match in _SEGMENT_END.finditer(text):
        out.append(text[last : match.end()])
        last = match.end()
    if last < len(text):
        out.append(text[last:])
    return out


def _offsets(tokens: list[str], base: int) -> list[int]:
    out = [base]
    for token in tokens:
        out.append(out[-1] + len(token))
    return out


def _merge_equal(ops: list[DiffOp]) -> list[DiffOp]:
    out: list[DiffOp] = []
    for op in ops:
        if op.kind == "equal" and not op.text:
            continue
        if out and op.kind == "equal" and out[-1].kind == "equal":
            prev = out.pop()
            op = DiffOp(
                "equal", prev.text + op.text, prev.old_start, op.old_end, prev.new_start, op.new_end
            )
        out.append(op)
    return out


_BLOCK = 4096
_WORD_CHAR = re.compile(rf"[\w{_MARKS}]")


def _word_at(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and _WORD_CHAR.match(text, pos) is not None


def common_prefix(a: str, b: str) -> int:
    """Length of the common start of `a` and `b`, comparing whole blocks first."""
    n = min(len(a), len(b))
    i = 0
    while i + _BLOCK <= n and a[i : i + _BLOCK] == b[i : i + _BLOCK]:
        i += _BLOCK
    while i < n and a[i] == b[i]:
        i += 1
    return i


def common_suffix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    la, lb = len(a), len(b)
    i = 0
    while i + _BLOCK <= n and a[la - i - _BLOCK : la - i] == b[lb - i - _BLOCK : lb - i]:
        i += _BLOCK
    while i < n and a[la - i - 1] == b[lb - i - 1]:
        i += 1
    return i
