"""Texts the library refused, written as Markdown files that import back as they were."""

from __future__ import annotations

from pathlib import Path

from studio.export.unsaved_texts import UnsavedText, write_unsaved_texts
from studio.importers import import_paths
from studio.library import Library


def test_unsaved_texts_become_files_that_import_back(tmp_path: Path) -> None:
    texts = [
        UnsavedText(3, "مقالة: لم تُحفظ", "# عنوان\n\nنص لم يُحفظ بعد.\n"),
        UnsavedText(
            4,
            "مقالة: لم تُحفظ",
            "Second text with the same title.\n",
            author="سلمى الكاتبة",
            client="Acme Media",
            tags=("سفر", "travel"),
            target_words=1200,
        ),
    ]
    folder = tmp_path / "rescued"
    written = write_unsaved_texts(folder, texts)
    assert len(written) == 2 and len(set(written)) == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    with Library.open(tmp_path / "new.qalam") as lib:
        outcome = import_paths(lib, [folder])
        assert not outcome.refused
        stored = [lib.get(i) for i in outcome.imported]
    assert sorted(a.body for a in stored) == sorted(t.body for t in texts)
    assert {a.title for a in stored} == {"مقالة: لم تُحفظ"}
    # The details row typed in the window comes back with the text; unset details stay unset.
    details = {a.body: (a.author, a.client, tuple(sorted(a.tags)), a.target_words) for a in stored}
    assert details[texts[1].body] == ("سلمى الكاتبة", "Acme Media", ("travel", "سفر"), 1200)
    assert details[texts[0].body] == (None, None, (), None)


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "Draft.md").write_text("mine", encoding="utf-8")
    written = write_unsaved_texts(tmp_path, [UnsavedText(1, "Draft", "new text")])
    assert (tmp_path / "Draft.md").read_text(encoding="utf-8") == "mine"
    assert written[0].name == "Draft (2).md"
