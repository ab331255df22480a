"""A sample of tools/hostile_campaign.py, run for real: the whole campaign takes minutes.

About twenty representative cases (a FIFO routine file, ESC in a title, a symlink in a share,
an exclusively locked journal, NaN and year-9999 CSV cells, /dev/full as an output, the widest
report range, a new data folder) through the real command line in subprocesses.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

CAMPAIGN = Path(__file__).resolve().parents[2] / "tools" / "hostile_campaign.py"


def _campaign() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hostile_campaign", CAMPAIGN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev/full and setpriv are Linux's")
def test_the_campaigns_smoke_sample_passes(capsys: pytest.CaptureFixture[str]) -> None:
    status = _campaign().main(["--smoke"])
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert printed.count("PASS ") >= 18, printed
