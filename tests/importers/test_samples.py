from contextlib import nullcontext

import pytest

from studio.importers import install_samples, samples
from studio.importers.errors import SAMPLES_MISSING

from .conftest import only_refusal


def test_the_packaged_samples_folder_is_found():
    with samples.samples_folder() as folder:
        assert folder.is_dir()
        assert folder.name == "samples"


def test_installing_the_packaged_samples_imports_each_once(library):
    with samples.samples_folder() as folder:
        expected = len(list(folder.glob("*.md")))
    if not expected:
        pytest.skip("no sample articles in this checkout yet")
    outcome = install_samples(library)
    assert outcome.refused == []
    assert len(outcome.imported) == expected
    for article_id in outcome.imported:
        article = library.get(article_id)
        assert article.title.strip()
        assert not article.body.startswith("---")  # the front matter was read, not stored
    again = install_samples(library)
    assert (again.imported, len(again.skipped)) == ([], expected)


def test_samples_are_the_markdown_files_of_the_folder(library, write, tmp_path, monkeypatch):
    write("s/one.md", "---\ntitle: One\nstatus: published\n---\nfirst sample")
    write("s/two.md", "# Two\n\nsecond sample")
    write("s/SOURCES.txt", "credits, not an article")
    write("s/.draft.md", "hidden")
    monkeypatch.setattr(samples, "samples_folder", lambda: nullcontext(tmp_path / "s"))
    outcome = install_samples(library)
    assert sorted(library.get(i).title for i in outcome.imported) == ["One", "Two"]


def test_missing_samples_are_reported(library, tmp_path, monkeypatch):
    monkeypatch.setattr(samples, "samples_folder", lambda: nullcontext(tmp_path / "none"))
    assert only_refusal(install_samples(library)).template == SAMPLES_MISSING
