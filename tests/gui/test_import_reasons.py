"""Why a file was refused, as the import summary shows it: a few plain words in the interface
language, the technical detail only in the tooltip; and the progress dialog's file count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from studio.gui.i18n import install_language
from studio.gui.import_dialogs import ImportProgressDialog, ImportSummaryDialog, _short_source
from studio.gui.import_reasons import reasons, refusal_reason
from studio.importers import ALL_TEMPLATES, ImportProgress, errors, import_paths, limits
from studio.library import Library

ARABIC = re.compile("[\u0600-\u06ff]")
LATIN_WORD = re.compile("[A-Za-z]{3,}")


def test_every_refusal_the_importers_make_has_a_reason() -> None:
    assert set(reasons()) == set(ALL_TEMPLATES)


def _refusing_files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {
        "encoding": folder / "latin1.txt",
        "empty": folder / "empty.md",
        "docx": folder / "broken.docx",
        "large": folder / "large.txt",
        "yaml": folder / "header.md",
        "json": folder / "lines.jsonl",
    }
    # Latin-1 bytes: not UTF-8, and not Arabic when read as Windows-1256.
    files["encoding"].write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu.".encode("latin-1"))
    files["empty"].write_text("  \n")
    files["docx"].write_bytes(b"this is not a zip archive at all")
    files["large"].write_text("word " * 100_000)
    files["yaml"].write_text("---\ntitle: [unclosed\n---\nBody.\n")
    files["json"].write_text('{"text": "fine"}\n{not json\n')
    return files


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_summary_gives_each_refusal_in_plain_words_of_the_interface_language(
    qtbot, qapp, library: Library, tmp_path: Path, monkeypatch, lang: str
) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 200_000)
    files = _refusing_files(tmp_path / "mixed")
    outcome = import_paths(library, [tmp_path / "mixed"])
    by_template = {refusal.template: refusal for refusal in outcome.refused}
    assert set(by_template) >= {
        errors.UNKNOWN_ENCODING,
        errors.EMPTY_FILE,
        errors.DOCX_DAMAGED,
        errors.TOO_LARGE,
        errors.BAD_FRONT_MATTER,
        errors.NOT_JSON,
    }, outcome.refused
    install_language(qapp, lang)
    dialog = ImportSummaryDialog(outcome)
    qtbot.addWidget(dialog)
    rows = {
        dialog.details.item(row, 0).text(): dialog.details.item(row, 1)
        for row in range(dialog.details.rowCount())
    }
    assert len(rows) == len(outcome.refused)
    for refusal in outcome.refused:
        item = rows[_short_source(refusal.source)]
        reason, tip = item.text(), item.toolTip()
        detail = str(refusal.params.get("detail", ""))
        if detail:
            # What the zip reader, the YAML parser or the JSON decoder said stays out of sight.
            assert detail not in reason, reason
            assert detail in tip, tip
        if lang == "ar":
            assert ARABIC.search(reason), reason
            # Only names of formats are left in Latin letters.
            leftovers = set(LATIN_WORD.findall(reason)) - {
                "UTF",
                "Windows",
                "DOCX",
                "Word",
                "JSON",
                "text",
            }
            assert not leftovers, reason
    expected = {
        "en": {
            "latin1.txt": "Not valid UTF-8, UTF-16 or Windows-1256 text",
            "empty.md": "Empty file",
            "broken.docx": "Damaged DOCX (or not a Word document)",
            "large.txt": "File too large (0.5 MB, limit 0.2 MB)",
            "lines.jsonl:2": "Line is not valid JSON",
        },
        "ar": {
            "latin1.txt": "ليس نصًّا سليمًا بترميز \u2066UTF-8\u2069 أو \u2066UTF-16\u2069 أو "
            "\u2066Windows-1256\u2069",
            "empty.md": "ملف فارغ",
            "large.txt": "الملف أكبر من اللازم (٠٫٥ ميغابايت، والحد ٠٫٢ ميغابايت)",
        },
    }[lang]
    for name, text in expected.items():
        assert rows[name].text() == text
    assert files  # every file above was refused for its own reason


def test_a_translation_naming_a_missing_parameter_falls_back_to_english(monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "translate", lambda *_a: "{nothing} here")
    reason, tip = refusal_reason(errors.EMPTY_FILE)
    assert reason == "Empty file"
    assert tip == "The file has no text to import."


@pytest.mark.parametrize(
    ("lang", "done", "total", "text"),
    [
        ("en", 120, 3000, "Imported 120 of 3,000 files"),
        ("en", 0, 1, "Imported 0 of 1 file"),
        ("ar", 120, 3000, "استُورد ١٢٠ من ٣٬٠٠٠ ملف"),
        ("ar", 1, 2, "استُورد ١ من ملفين"),
        ("ar", 4, 7, "استُورد ٤ من ٧ ملفات"),
        ("ar", 5, 25, "استُورد ٥ من ٢٥ ملفًا"),
    ],
)
def test_progress_counts_files_with_the_plural_of_the_interface_language(
    qtbot, qapp, lang: str, done: int, total: int, text: str
) -> None:
    install_language(qapp, lang)
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    # Until the worker has listed the files the bar moves without a measure.
    assert dialog.bar.maximum() == 0
    dialog.update_progress(ImportProgress(10, 100, "/data/a.md", done, done, total))
    assert dialog.files.text() == text
    assert dialog.bar.maximum() > 0 and dialog.bar.value() > 0


def test_an_import_reports_how_many_of_its_files_are_done(library: Library, tmp_path) -> None:
    for number in range(5):
        (tmp_path / f"note{number}.md").write_text(f"# Note {number}\n\nBody {number}.\n")
    seen: list[ImportProgress] = []
    import_paths(library, [tmp_path], on_progress=seen.append)
    assert seen[0].files_done == 0 and seen[0].files_total == 5
    assert seen[-1].files_done == seen[-1].files_total == 5
    assert [p.files_done for p in seen] == sorted(p.files_done for p in seen)
