"""The star rating widget and the review dialog: mouse, keyboard, screen readers, mirroring."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from studio.gui.review_dialog import ReviewDialog
from studio.gui.star_rating import StarRating
from studio.review import Verdict
from tests.gui.conftest import type_text


def _centre_of_star(widget: StarRating, index: int) -> QPoint:
    return widget._star_rect(index).center().toPoint()


def _stars(qtbot, **kwargs) -> StarRating:
    widget = StarRating(**kwargs)
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    return widget


def test_click_sets_stars_and_tells_screen_readers(qtbot):
    widget = _stars(qtbot)
    assert widget.value() == 0
    assert widget.accessibleDescription() == "Not rated"
    assert widget.accessibleName() == "Rating"
    with qtbot.waitSignal(widget.valueChanged) as changed:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_centre_of_star(widget, 3))
    assert changed.args == [4]
    assert widget.value() == 4
    assert widget.accessibleDescription() == "4 out of 5"


def test_keyboard(qtbot):
    widget = _stars(qtbot)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Right)
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert widget.value() == 2
    QTest.keyClick(widget, Qt.Key.Key_Up)
    assert widget.value() == 3
    QTest.keyClick(widget, Qt.Key.Key_Left)
    assert widget.value() == 2
    QTest.keyClick(widget, Qt.Key.Key_End)
    assert widget.value() == 5
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert widget.value() == 5  # no sixth star
    QTest.keyClick(widget, Qt.Key.Key_Home)
    assert widget.value() == 1
    QTest.keyClick(widget, Qt.Key.Key_Down)
    assert widget.value() == 1  # stepping down never clears by accident
    QTest.keyClick(widget, Qt.Key.Key_3)
    assert widget.value() == 3
    QTest.sendKeyEvent(
        QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, "٤", Qt.KeyboardModifier.NoModifier
    )
    assert widget.value() == 4  # Arabic-Indic digit
    QTest.keyClick(widget, Qt.Key.Key_9)
    assert widget.value() == 4
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    assert widget.value() == 0


def test_mirrored_right_to_left(qtbot):
    widget = _stars(qtbot)
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    # The first star is at the right edge.
    assert widget._star_rect(0).center().x() > widget.width() / 2
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_centre_of_star(widget, 1))
    assert widget.value() == 2
    right_edge = QPoint(widget.width() - 6, widget.height() // 2)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=right_edge)
    assert widget.value() == 1
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Left)  # towards more stars in a right-to-left row
    assert widget.value() == 2
    QTest.keyClick(widget, Qt.Key.Key_Right)
    assert widget.value() == 1


def test_read_only_shows_but_ignores_input(qtbot):
    widget = _stars(qtbot, value=3, read_only=True)
    assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_centre_of_star(widget, 4))
    QTest.keyClick(widget, Qt.Key.Key_End)
    assert widget.value() == 3


def _dialog(qtbot, **kwargs) -> ReviewDialog:
    dialog = ReviewDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(dialog: ReviewDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_dialog_collects_a_review(qtbot):
    dialog = _dialog(qtbot, title="الكتابة للويب")
    assert set(dialog.criteria) == {
        "clarity",
        "originality",
        "accuracy",
        "structure",
        "language",
        "brief",
    }
    assert not _save(dialog).isEnabled()
    assert "stars" in dialog.hint.text()
    dialog.stars.setValue(4)
    assert _save(dialog).isEnabled()
    dialog.criteria["clarity"].setValue(5)
    dialog.criteria["brief"].setValue(3)
    type_text(dialog.summary, "واضح")
    values = dialog.values()
    assert (values.stars, values.verdict, values.summary) == (4, Verdict.APPROVE, "واضح")
    assert values.rubric == {"clarity": 5, "brief": 3}


def test_sending_back_needs_a_summary(qtbot):
    dialog = _dialog(qtbot)
    dialog.stars.setValue(2)
    dialog.set_verdict(Verdict.REQUEST_CHANGES)
    assert not _save(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    type_text(dialog.summary, "Add sources")
    assert _save(dialog).isEnabled()
    dialog.set_verdict(Verdict.REJECT)
    assert dialog.values().verdict is Verdict.REJECT
    dialog.accept()
    assert dialog.result() == 1


def test_arabic_interface_mirrors_and_translates(qtbot, qapp):
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    dialog = _dialog(qtbot)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.windowTitle() == "مراجعة"
    assert dialog.criteria["clarity"].accessibleName() == "الوضوح"
    assert dialog.stars.accessibleDescription() == "بلا تقييم"
    dialog.stars.setValue(3)
    assert "من" in dialog.stars.accessibleDescription()
