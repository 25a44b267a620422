import os

import pytest

from studio.importers import import_paths
from studio.importers.errors import NOT_FOUND, UNSUPPORTED_TYPE
from studio.importers.folders import plan_import

from .conftest import only_refusal


@pytest.fixture
def tree(write, tmp_path):
    write("articles/a.txt", "first article")
    write("articles/b.md", "# Second\n\nbody")
    write("articles/deep/er/c.jsonl", '{"text": "third"}\n{"text": "fourth"}\n')
    write("articles/deep/d.jsonl.gz", b"")  # listed by name, refused when read (empty)
    write("articles/deep/photo.jpg", b"\xff\xd8\xff")
    write("articles/report.pdf", b"PK\x03\x04")
    write("articles/.hidden.txt", "hidden file")
    write("articles/.obsidian/workspace.md", "# hidden folder")
    write("articles/deep/.git/notes.txt", "inside .git")
    return tmp_path / "articles"


def test_folders_are_walked_recursively_skipping_hidden_and_unknown_files(tree):
    plan = plan_import([tree])
    names = [p.path.relative_to(tree).as_posix() for p in plan.files]
    assert names == ["a.txt", "b.md", "deep/d.jsonl.gz", "deep/er/c.jsonl"]
    assert plan.refused == []
    assert plan.total_bytes == sum(p.path.stat().st_size for p in plan.files)


def test_importing_a_folder(library, tree):
    (tree / "deep" / "d.jsonl.gz").unlink()
    outcome = import_paths(library, [tree])
    assert outcome.refused == []
    bodies = sorted(library.get(i).body for i in outcome.imported)
    assert bodies == sorted(["first article", "# Second\n\nbody", "third", "fourth"])


def test_an_unsupported_file_given_by_name_is_refused(library, write):
    path = write("report.pdf", b"PK\x03\x04")
    refusal = only_refusal(import_paths(library, [path]))
    assert refusal.template == UNSUPPORTED_TYPE
    assert refusal.source == str(path)


def test_a_missing_path_is_refused(library, tmp_path):
    missing = tmp_path / "nowhere" / "x.txt"
    refusal = only_refusal(import_paths(library, [missing]))
    assert refusal.template == NOT_FOUND
    assert refusal.source == str(missing)


def test_a_hidden_file_given_by_name_is_imported(library, write):
    path = write(".secret.txt", "asked for by name")
    assert len(import_paths(library, [path]).imported) == 1


def test_a_file_given_twice_is_read_once(tree):
    plan = plan_import([tree, tree / "a.txt", str(tree / "deep" / ".." / "a.txt")])
    assert [p.path.name for p in plan.files].count("a.txt") == 1


def test_extensions_are_case_insensitive(write, tmp_path):
    write("x/UPPER.TXT", "a")
    write("x/notes.Markdown", "b")
    write("x/data.NDJSON", '{"text": "c"}')
    assert len(plan_import([tmp_path / "x"]).files) == 3


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_back_up_the_tree_is_not_followed(write, tmp_path):
    write("loop/a.txt", "a")
    os.symlink(tmp_path / "loop", tmp_path / "loop" / "again")
    assert [p.path.name for p in plan_import([tmp_path / "loop"]).files] == ["a.txt"]
