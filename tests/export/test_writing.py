import json
import os
import stat

import pytest

from studio.cli import main
from studio.export import AssetMode
from studio.export.writing import (
    BatchProgress,
    ExportFormat,
    ExportOptions,
    export_article,
    export_batch,
)
from studio.library.records import ArticleDraft, Status
from tests.export.test_html_page import PNG


@pytest.fixture
def filled(library):
    digest = library.add_asset(PNG, "image/png", "dot.png")
    drafts = [
        ArticleDraft(title="مقال: عن الكتابة؟", body="نص المقال الأول.", status=Status.APPROVED),
        ArticleDraft(title="مقال: عن الكتابة؟", body="نص مقال آخر بالعنوان نفسه."),
        ArticleDraft(title="CON", body=f"English.\n\n![dot](asset:{digest})"),
    ]
    ids = library.add_articles(drafts).imported
    return library, ids


def test_batch_writes_one_file_per_article_with_safe_unique_names(filled, tmp_path):
    library, ids = filled
    seen: list[BatchProgress] = []
    outcome = export_batch(library, ids, tmp_path / "out", ExportOptions(), on_progress=seen.append)
    names = sorted(p.name for p in outcome.written)
    assert names == ["_CON.html", "مقال عن الكتابة؟ (2).html", "مقال عن الكتابة؟.html"]
    assert all(p.read_text("utf-8").startswith("<!DOCTYPE html>") for p in outcome.written)
    assert (seen[0].done, seen[-1].done, seen[-1].total) == (0, 3, 3)
    # Exporting again replaces the files rather than adding copies.
    again = export_batch(library, ids, tmp_path / "out", ExportOptions())
    assert sorted(p.name for p in again.written) == names
    assert len(list((tmp_path / "out").iterdir())) == 3


def test_batch_cancel_stops_before_the_next_article(filled, tmp_path):
    library, ids = filled
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1

    outcome = export_batch(library, ids, tmp_path, ExportOptions(), should_cancel=cancel)
    assert outcome.cancelled and len(outcome.written) == 1
    assert not list(tmp_path.glob(".qalam-*"))


def test_batch_reports_missing_articles_and_goes_on(filled, tmp_path):
    library, ids = filled
    outcome = export_batch(library, [999, ids[0]], tmp_path, ExportOptions())
    assert outcome.failed == [(999, "There is no article with id 999.")]
    assert len(outcome.written) == 1


def test_assets_folder_beside_the_page(filled, tmp_path):
    library, ids = filled
    page = export_article(
        library, ids[2], tmp_path / "page.html", ExportOptions(assets=AssetMode.FOLDER)
    )
    images = list((tmp_path / "page_files").iterdir())
    assert [p.read_bytes() for p in images] == [PNG]
    assert f'src="page_files/{images[0].name}"' in page.read_text("utf-8")


def test_pdf_needs_the_gui_writer(filled, tmp_path):
    library, ids = filled
    with pytest.raises(ValueError, match="PDF"):
        export_article(library, ids[0], tmp_path / "a.pdf", ExportOptions(ExportFormat.PDF))


def _qalam(library, *args):
    return main(["--library", str(library.path), *args])


def test_cli_one_article_to_a_file(filled, tmp_path, capsys):
    library, ids = filled
    target = tmp_path / "one.md"
    assert _qalam(library, "export", str(ids[0]), "--format", "md", "-o", str(target)) == 0
    assert target.read_text("utf-8").startswith("---\ntitle: 'مقال: عن الكتابة؟'")


def test_cli_all_with_a_status_to_a_folder(filled, tmp_path, capsys):
    library, _ids = filled
    out = tmp_path / "approved"
    args = ["export", "--all", "--status", "approved", "-o", str(out), "--json"]
    assert _qalam(library, *args) == 0
    result = json.loads(capsys.readouterr().out)
    assert [p.rsplit("/", 1)[1] for p in result["written"]] == ["مقال عن الكتابة؟.html"]


def test_cli_usage_errors_and_missing_articles(filled, tmp_path, capsys):
    library, ids = filled
    assert _qalam(library, "export", "-o", str(tmp_path / "x")) == 2
    assert _qalam(library, "export", "1", "--all", "-o", str(tmp_path / "x")) == 2
    assert _qalam(library, "export", "999", "-o", str(tmp_path / "x.html")) == 4
    several = ["export", str(ids[0]), "999", "-o", str(tmp_path / "some")]
    assert _qalam(library, *several) == 1


def test_cli_docx_export(filled, tmp_path):
    import docx

    library, ids = filled
    target = tmp_path / "a.docx"
    assert _qalam(library, "export", str(ids[2]), "--format", "docx", "-o", str(target)) == 0
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "CON"
    assert len(document.inline_shapes) == 1


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("fmt", [ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.DOCX])
def test_an_exported_file_is_readable_as_any_file_the_writer_saves(filled, tmp_path, fmt):
    library, ids = filled
    old = os.umask(0o022)
    try:
        path = tmp_path / f"page.{fmt.value}"
        export_article(library, ids[0], path, ExportOptions(fmt))
        # A page for a client's web server: it was 0600, readable by its owner alone.
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        # Written again over a file the writer made private, it stays private.
        path.chmod(0o600)
        export_article(library, ids[0], path, ExportOptions(fmt))
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)
