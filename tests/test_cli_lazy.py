"""`qalam --help` and each command import only what they need (studio/cli.py `COMMANDS`), and
what they print is exactly what the full command line prints: outputs are contracts."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import COMMANDS, CommandKit, build_parser

ROOT = Path(__file__).resolve().parents[1]


def _registered(module: str) -> list[tuple[str, str]]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    importlib.import_module(module).register(sub, CommandKit())
    return [(action.dest, action.help) for action in sub._choices_actions]


@pytest.mark.parametrize("module", list(COMMANDS))
def test_the_listed_commands_are_what_each_module_registers(module: str) -> None:
    assert _registered(module) == list(COMMANDS[module])


def test_help_listed_lazily_is_the_full_help() -> None:
    assert build_parser(lazy=True).format_help() == build_parser().format_help()


@pytest.mark.parametrize("word", ["export", "comment", "checklist", "diff", "similar"])
def test_a_commands_own_help_is_unchanged(word: str) -> None:
    def help_of(parser: argparse.ArgumentParser) -> str:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return sub.choices[word].format_help()

    assert help_of(build_parser(lazy=True, command=word)) == help_of(build_parser())


def _run(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    probe = (
        "import sys\n"
        "from studio.cli import main\n"
        "try:\n"
        f"    code = main({list(args)!r})\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print('MODULES', *sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    return result, set(line.split()[1:])


def _heavy(modules: set[str]) -> set[str]:
    return {
        m
        for m in modules
        if m.startswith(("studio.commands.", "sqlalchemy", "studio.export", "markdown_it"))
    }


def test_help_imports_no_command_module_and_no_sqlalchemy() -> None:
    result, modules = _run("--help")
    assert "export articles as HTML" in result.stdout
    assert not _heavy(modules)


def test_a_mistyped_command_lists_every_command_without_importing_them() -> None:
    result, modules = _run("exprot")
    assert result.returncode == 0 or "invalid choice" in result.stderr
    assert "'checklist'" in result.stderr and "'export'" in result.stderr
    assert not _heavy(modules)


def test_a_command_imports_its_own_module_only(tmp_path: Path) -> None:
    library = str(tmp_path / "l.qalam")
    result, modules = _run("--library", library, "history", "--help")
    assert result.stdout.startswith("usage: qalam history")
    assert {m for m in modules if m.startswith("studio.commands.")} <= {"studio.commands.history"}
    result, modules = _run("--library", library, "list")
    assert result.stderr.startswith("MODULES")
    assert not {m for m in modules if m.startswith("studio.commands.")}
