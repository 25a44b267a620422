"""The comments panel: threads in text order, anchor states, orphans listed last, signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from studio.gui.comments_panel import CommentsPanel
from studio.library import ArticleDraft, Library

BODY = (
    "يفتح أغلب القرّاء المقالات على هواتفهم في دقائق متفرقة من يومهم.\n\n"
    "القارئ لن ينتظر كل هذا، فضع خلاصة المقال في الفقرة الأولى.\n\n"
    "A good brief takes thirty minutes to write and saves two rounds of revisions."
)


@pytest.fixture
def threads(library: Library):
    article = library.add_article(ArticleDraft(title="t", body=BODY))
    late = library.add_comment(article, "Source?", author="Omar", quote="saves two rounds")
    early = library.add_comment(article, "مثال؟", author="Omar", quote="أغلب القرّاء")
    gone = library.add_comment(article, "طويلة", author="Omar", quote="القارئ لن ينتظر كل هذا")
    library.reply(early.id, "سأضيف مثالًا", author="سلمى")
    library.resolve(gone.id, by="سلمى")
    edited = BODY.replace("القارئ لن ينتظر كل هذا", "لا وقت لدى أحد").replace(
        "saves two rounds", "saves at least two rounds"
    )
    library.update(article, body=edited)
    return library.comments(article), (early.id, late.id, gone.id), edited


def _panel(qtbot) -> CommentsPanel:
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    return panel


def test_threads_in_text_order_with_orphans_last(qtbot, threads):
    comments, (early, late, gone), _edited = threads
    panel = _panel(qtbot)
    panel.set_threads(comments)
    assert [c.thread.id for c in panel.cards] == [early, late, gone]
    assert panel.title.text() == "Comments (3)"
    assert panel.orphan_heading is not None and panel.orphan_heading.text() == "Orphaned comments"
    first, drifted, orphan = panel.cards
    assert first.state_label.isHidden()
    assert "changed" in drifted.state_label.text()
    assert "gone" in orphan.state_label.text()
    assert orphan.resolve_button.text() == "Reopen"
    assert first.resolve_button.text() == "Resolve"
    assert first.accessibleName() == "Comment by Omar"
    # A thread's reply is shown in it.
    texts = [label.text() for label in first.findChildren(type(panel.title))]
    assert "سأضيف مثالًا" in texts


def test_hiding_resolved_threads(qtbot, threads):
    comments, (early, late, _gone), _edited = threads
    panel = _panel(qtbot)
    panel.set_threads(comments)
    panel.show_resolved.setChecked(False)
    assert [c.thread.id for c in panel.cards] == [early, late]
    assert panel.orphan_heading is None


def test_signals(qtbot, threads):
    comments, (_early, late, gone), edited = threads
    panel = _panel(qtbot)
    panel.set_threads(comments)
    drifted = panel.cards[1]
    with qtbot.waitSignal(panel.passage_requested) as asked:
        QTest.mouseClick(drifted, Qt.MouseButton.LeftButton)
    thread_id, start, end = asked.args
    assert thread_id == late and edited[start:end] == "saves at least two rounds"
    with qtbot.waitSignal(panel.reply_requested) as reply:
        drifted.reply_button.click()
    assert reply.args == [late]
    with qtbot.waitSignal(panel.resolve_requested) as resolve:
        panel.cards[2].resolve_button.click()
    assert resolve.args == [gone, False]
    # An orphan has no passage to show.
    with qtbot.assertNotEmitted(panel.passage_requested):
        QTest.mouseClick(panel.cards[2], Qt.MouseButton.LeftButton)


def test_empty_panel_invites_a_comment(qtbot):
    panel = _panel(qtbot)
    panel.set_threads([])
    assert panel.cards == []
    assert panel.title.text() == "Comments (0)"


def test_arabic_interface(qtbot, qapp, threads):
    from studio.gui.i18n import install_language

    comments, _ids, _edited = threads
    install_language(qapp, "ar")
    panel = _panel(qtbot)
    panel.set_threads(comments)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.orphan_heading is not None
    assert panel.orphan_heading.text() == "تعليقات فقدت مقاطعها"
    assert panel.cards[0].reply_button.text() == "رد"


def test_a_rebuilt_list_shows_nothing_of_the_previous_one(qtbot, threads):
    """The "No comments" line is gone as soon as threads arrive, even before the event loop
    has deleted it (it used to linger, clipped, beside the first card)."""
    panel = _panel(qtbot)
    panel.set_threads([])

    def shown() -> list[QLabel]:
        return [w for w in panel.findChildren(QLabel, "commentsEmpty") if not w.isHidden()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    [empty] = shown()
    panel.set_threads(threads[0])
    assert empty.isHidden()
    assert shown() == []
