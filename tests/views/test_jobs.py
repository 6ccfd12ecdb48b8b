"""The one way to run work off the GUI thread: answers, progress, cancel and problems."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from crm_desktop.errors import DatabaseBusy
from crm_desktop.views import jobs as jobs_module
from crm_desktop.views.jobs import JobContext, Jobs


def test_the_result_and_the_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    jobs = Jobs(owner)
    gui = QThread.currentThread()
    worker_threads: list[QThread] = []
    seen: list[tuple[int, int, str, bool]] = []
    results: list[tuple[int, bool]] = []

    def work(context: JobContext) -> int:
        worker_threads.append(QThread.currentThread())
        for done in (1, 2, 3):
            context.progress(done, 3, f"step {done}")
        return 42

    jobs.run(
        work,
        lambda result: results.append((result, QThread.currentThread() is gui)),
        on_error=lambda text: results.append((-1, False)),
        on_progress=lambda done, total, text: seen.append(
            (done, total, text, QThread.currentThread() is gui)
        ),
    )
    assert jobs.busy()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert worker_threads and worker_threads[0] is not gui
    assert results == [(42, True)]
    assert seen == [(n, 3, f"step {n}", True) for n in (1, 2, 3)]
    assert not jobs.busy()


def test_cancel_stops_the_work_and_hands_back_what_it_made(qtbot: QtBot) -> None:
    owner = QObject()
    jobs = Jobs(owner)
    started, release = threading.Event(), threading.Event()
    done: list[object] = []
    cancelled: list[list[int]] = []

    def work(context: JobContext) -> list[int]:
        made = [1]
        started.set()
        release.wait(10)
        if context.cancelled():
            return made
        return [*made, 2]

    job = jobs.run(work, done.append, on_error=done.append, on_cancelled=cancelled.append)
    assert started.wait(10)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10_000)
    assert cancelled == [[1]] and done == []


def test_a_domain_error_arrives_as_its_sentence(qtbot: QtBot) -> None:
    owner = QObject()
    jobs = Jobs(owner)
    errors: list[str] = []

    def work(_context: JobContext) -> None:
        raise DatabaseBusy("The database is busy: another user is saving. Try again.")

    jobs.run(work, errors.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["The database is busy: another user is saving. Try again."]


def test_after_shutdown_late_answers_are_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    jobs = Jobs(owner)
    release = threading.Event()
    told: list[object] = []
    job = jobs.run(lambda _c: release.wait(10), told.append, on_error=told.append)
    jobs.shutdown()
    assert job.cancelled()
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=10_000)
    assert told == []


def test_a_bug_goes_to_the_crash_handler_and_ends_the_job(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = QObject()
    jobs = Jobs(owner)
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: reported.append(exc))
    errors: list[str] = []

    def work(_context: JobContext) -> None:
        raise ZeroDivisionError("a bug")

    jobs.run(work, errors.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert [type(exc) for exc in reported] == [ZeroDivisionError]
    assert errors == ["Something unexpected stopped this work; nothing more was done."]


def test_no_other_module_starts_threads_of_its_own() -> None:
    package = Path(jobs_module.__file__).resolve().parents[1]
    offenders = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path.name != "jobs.py"
        and any(name in path.read_text(encoding="utf-8") for name in ("QThreadPool", "QRunnable"))
    ]
    assert offenders == []
