"""The Arabic catalogue: complete, covering the core's messages, compiled, and in use."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import studio.library.errors as library_errors
from studio.gui import error_texts
from studio.gui.i18n import translations_dir

TRANSLATIONS = translations_dir()
GUI_SOURCES = Path(error_texts.__file__).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(name: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / name).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _library_error_classes() -> list[type[library_errors.LibraryError]]:
    found: list[type[library_errors.LibraryError]] = []
    pending = [library_errors.LibraryError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def _core_templates() -> set[str]:
    templates = {cls.template for cls in _library_error_classes()}
    importers = pytest.importorskip("studio.importers.errors")
    return templates | set(importers.ALL_TEMPLATES)


@pytest.mark.parametrize("catalogue", ["qalam_ar.ts", "qalam_en.ts"])
def test_catalogue_has_no_unfinished_or_empty_translations(catalogue: str) -> None:
    for context, message in _messages(catalogue):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            context,
            source,
        )
        assert all(text.strip() for text in _texts(message)), (context, source)


def test_arabic_plurals_have_six_forms() -> None:
    for _context, message in _messages("qalam_ar.ts"):
        if message.get("numerus") == "yes":
            assert len(_texts(message)) == 6, message.findtext("source")


def test_translations_keep_every_placeholder() -> None:
    for context, message in _messages("qalam_ar.ts"):
        source = message.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        for text in _texts(message):
            assert set(PLACEHOLDER.findall(text)) == wanted, (context, source, text)
            if "%Ln" in text:
                assert "%Ln" in source


def test_every_core_template_is_listed_for_translation() -> None:
    listed = set(error_texts.LIBRARY_TEMPLATES) | set(error_texts.IMPORT_TEMPLATES)
    missing = _core_templates() - listed
    assert not missing, f"add these to studio/gui/error_texts.py: {sorted(missing)}"


def test_every_core_template_has_an_arabic_translation_in_context_errors() -> None:
    translated = {
        message.findtext("source"): _texts(message)[0]
        for context, message in _messages("qalam_ar.ts")
        if context == "Errors"
    }
    for template in _core_templates():
        assert translated.get(template), template
        assert re.search("[\u0600-\u06ff]", translated[template]), template


def test_compiled_catalogue_answers_in_arabic(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "qalam_ar.qm"))
    qapp.installTranslator(translator)
    try:
        message = error_texts.translate_message(
            library_errors.NotALibrary.template, {"path": "/tmp/notes.txt"}
        )
        assert "ليس مكتبة" in message
        assert "/tmp/notes.txt" in message
        assert QCoreApplication.translate("Status", "In review") == "قيد المراجعة"
    finally:
        qapp.removeTranslator(translator)


def _tool(name: str) -> str | None:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found if Path(found).exists() else None


@pytest.mark.parametrize("name", ["qalam_ar", "qalam_en"])
def test_committed_qm_is_what_lrelease_makes_of_the_ts(name: str, tmp_path: Path) -> None:
    tool = _tool("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    target = tmp_path / f"{name}.qm"
    subprocess.run(
        [tool, "-silent", str(TRANSLATIONS / f"{name}.ts"), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    committed = (TRANSLATIONS / f"{name}.qm").read_bytes()
    assert target.read_bytes() == committed, (
        f"{name}.qm is stale: run pyside6-lrelease (see resources/translations/README.md)"
    )


@pytest.mark.parametrize("name", ["qalam_ar", "qalam_en"])
def test_catalogue_is_up_to_date_with_the_code(name: str, tmp_path: Path) -> None:
    """lupdate over the code adds nothing and drops nothing: a string changed in the code but
    not in the catalogue would silently show in English."""
    tool = _tool("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / f"{name}.ts"
    shutil.copy(TRANSLATIONS / f"{name}.ts", copy)
    sources = sorted(str(p) for p in GUI_SOURCES.glob("*.py"))
    extra = ["-pluralonly"] if name.endswith("_en") else []
    subprocess.run(
        [tool, "-silent", *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none", *extra],
        check=True,
        capture_output=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context")
            for message in context.iter("message")
        }

    assert keys(copy) == keys(TRANSLATIONS / f"{name}.ts")
