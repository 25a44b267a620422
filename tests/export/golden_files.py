"""Golden files: the Markdown and HTML export of every sample article, as committed.

Regenerate after an intended change to the export (then read the diff before committing):

    /work/venv/bin/python -m tests.export.golden_files     # or: python -m tests.export.golden_files

`tests/export/test_golden.py` fails when an export no longer matches its golden file.
"""

from __future__ import annotations

from pathlib import Path

from studio.export import HtmlOptions, html_page
from studio.export.markdown_export import markdown_document
from tests.export.conftest import sample_articles

GOLDEN = Path(__file__).resolve().parent / "golden"


def expected_files() -> dict[str, str]:
    files = {}
    for stem, article in sample_articles().items():
        files[f"{stem}.md"] = markdown_document(article)
        files[f"{stem}.html"] = html_page(article, HtmlOptions(table_of_contents=True)).html
        files[f"{stem}.clean.html"] = html_page(article, HtmlOptions(theme="clean")).html
    return files


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for old in GOLDEN.iterdir():
        old.unlink()
    for name, text in expected_files().items():
        (GOLDEN / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {GOLDEN / name}")


if __name__ == "__main__":
    main()
