"""Empty drafts for the editor are never refused as duplicates of each other."""

from __future__ import annotations

from studio.library import Library


def test_new_drafts_are_created_even_though_their_bodies_are_equal(library: Library) -> None:
    first = library.new_draft("Untitled", "en")
    second = library.new_draft("بلا عنوان", "ar")
    assert first != second
    assert library.get(second).title == "بلا عنوان"
    assert library.get(second).lang == "ar"
    assert library.get(first).body == library.get(second).body == ""
    assert library.count() == 2
