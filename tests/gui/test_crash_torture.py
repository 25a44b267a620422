"""The crash torture in reduced form (benchmarks/crash_torture.py runs it in full): a writer's
process killed at random moments, some of them inside a save, leaves a library that opens,
passes SQLite's integrity check and holds for every article its last acknowledged text or a newer
one the writer had typed — never a mix, never an older one."""

from __future__ import annotations

import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_torture.py"


def _torture_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_torture", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("crash_torture", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_random_kills_never_lose_an_acknowledged_save(tmp_path: Path) -> None:
    # The editor's autosave timing shortened tenfold, so short runs hold many saves; the
    # benchmark runs 500 kills with the real timing.
    figures = _torture_module().torture(
        runs=15,
        seed=11,
        kill_window=(0.2, 1.2),
        workdir=tmp_path,
        timing=(0.2, 0.15),
        aim_share=0.5,
    )
    assert figures["problems"] == []
    assert figures["failures"] == 0
    # The runs did what they are for: the writer typed and saved, and some kills cut a save.
    assert figures["saves"] > 0
    assert figures["keystrokes"] > 100
    assert figures["kills_mid_save"] > 0


def test_the_writer_model_is_deterministic() -> None:
    torture = _torture_module()
    first, second = torture.WriterModel(1), torture.WriterModel(1)
    assert first.hash_at(300) == second.hash_at(300)
    assert first.hash_at(10) != first.hash_at(11)
    assert torture.step_of(torture.TITLE.format(article=2, step=45)) == 45
