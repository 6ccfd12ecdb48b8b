"""PySide6 6.12.0 on CPython 3.11 leaks a reference to None on every void call and aborts
after ~5,000 of them (``Fatal Python error: none_dealloc``). pyproject.toml pins PySide6
below 6.12 for Python < 3.12; this test fails if a broken build slips in."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    widget = QWidget()
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.setWindowTitle("x")      # void
        widget.setMinimumWidth(i % 50)  # void
    print("done", sys.getrefcount(None) - before)
    """
)


def test_twenty_thousand_void_qt_calls_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("done")
    leaked = int(result.stdout.split()[1])
    # 40,000 void calls: a leaking build adds ~40,000 references to None.
    assert leaked < 1_000
