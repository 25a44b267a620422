"""Every menu's keyboard access is unambiguous, in both interface languages: within a menu (and
along the menu bar) no two entries share a mnemonic, and no two actions share a shortcut."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.library import Library


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(actions: list[QAction], where: str) -> list[str]:
    seen: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = _mnemonic(action.text())
        if key is not None:
            seen[key].append(action.text())
    return [f"{where}: {texts}" for texts in seen.values() if len(texts) > 1]


def _menus(menu: QMenu) -> list[QMenu]:
    found = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            found += _menus(action.menu())
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_mnemonic_or_shortcut_is_used_twice(qtbot, qapp, filled_library: Library, lang) -> None:
    install_language(qapp, lang)
    window = MainWindow(filled_library, lang)
    qtbot.addWidget(window)
    window.show()
    # On the library tab the editor's actions are disabled: their keys go to the library's.
    assert _shared_shortcuts(window) == {}
    # With an article open every menu of the writing desk is there.
    window.workspace.open_article(filled_library.list(limit=1)[0].id)
    bar = window.menuBar().actions()
    clashes = _clashes(bar, "menu bar")
    for top in bar:
        for menu in _menus(top.menu()):
            clashes += _clashes(menu.actions(), menu.title())
    assert clashes == []

    assert _shared_shortcuts(window) == {}
    window.close()


def _shared_shortcuts(window: MainWindow) -> dict[str, set[str]]:
    """Keys that more than one enabled action answers to (Qt would then run neither)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if action.isEnabled():
            for shortcut in action.shortcuts():
                owners[shortcut.toString()].add(action.text() or action.objectName())
    return {key: names for key, names in owners.items() if len(names) > 1}
