from datetime import datetime

from studio.export.markdown_export import markdown_document
from studio.importers import import_paths
from studio.library.records import Status
from tests.export.conftest import make_article


def test_front_matter_then_the_body_exactly_as_stored():
    body = "## عنوان\n\nنص   بمسافات  كما هي.\n\n* بند\n"
    article = make_article(
        body,
        title='عنوان: فيه "علامات" و # رمز',
        author="ريم",
        client="دار مداد",
        tags=["تحرير", "editing"],
        status=Status.APPROVED,
        lang="ar",
    )
    text = markdown_document(article)
    assert text.endswith("---\n\n" + body)
    assert text.startswith("---\ntitle: ")
    assert "status: approved\nlang: ar\ncreated: '2026-03-14T09:30:00'\n" in text
    assert "- تحرير\n" in text  # Arabic written as itself, not escaped


def test_markdown_export_imports_back_unchanged(library, tmp_path):
    article = make_article(
        "First line.\n\n> quote\n",
        title="A: title with 'quotes'",
        author="Hannah",
        client="Acme",
        tags=["x"],
        status=Status.IN_REVIEW,
        created=datetime(2025, 1, 2, 3, 4, 5),
    )
    path = tmp_path / "a.md"
    path.write_text(markdown_document(article), "utf-8")
    outcome = import_paths(library, [path])
    back = library.get(outcome.imported[0])
    assert (back.title, back.body, back.author, back.client) == (
        article.title,
        article.body,
        "Hannah",
        "Acme",
    )
    assert (back.tags, back.status, back.lang, back.created) == (
        ["x"],
        Status.IN_REVIEW,
        "en",
        article.created,
    )


def test_markdown_export_writes_library_images_beside_it_and_imports_them_back(library, tmp_path):
    from studio.export.writing import ExportFormat, ExportOptions, export_article
    from studio.library import Library
    from studio.library.records import ArticleDraft
    from tests.export.conftest import make_png

    png = make_png(6, 4)
    digest = library.add_asset(png, "image/png", "chart.png")
    missing = "f" * 64
    body = (
        f"مقدمة.\n\n![رسم بياني](asset:{digest})\n\n"
        f"![gone](asset:{missing})\n\n```\n![code](asset:{digest})\n```\n"
    )
    article_id = library.add_article(ArticleDraft(title="صور", body=body, lang="ar"))
    path = tmp_path / "out" / "صور.md"
    export_article(library, article_id, path, ExportOptions(format=ExportFormat.MARKDOWN))

    text = path.read_text("utf-8")
    files = list((tmp_path / "out" / "صور_files").iterdir())
    assert [f.read_bytes() for f in files] == [png]
    assert f"![رسم بياني](صور_files/{files[0].name})" in text
    assert f"![gone](asset:{missing})" in text  # not in the library: left as it was

    other = Library.open(tmp_path / "other.qalam")
    try:
        back = other.get(import_paths(other, [path]).imported[0])
        # The picture is the same bytes, so the same asset: the body comes back as it was
        # (the code block's text included, never relinked either way).
        assert back.body == body
        assert other.asset(digest).data == png
    finally:
        other.close()
