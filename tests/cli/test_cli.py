"""The command line: ``check`` and ``demo``, and one clear sentence for every problem."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main as cli
from crm_desktop.demo.generator import DemoGenerator, planned_counts
from crm_desktop.models import Database
from crm_desktop.registry import default_registry
from crm_desktop.services import Services

PAGE = 4096


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def assert_one_sentence(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("crm-desktop: ")
    return lines[0]


def assert_usage_error(stderr: str, words: str) -> None:
    """argparse problems: one line naming the problem (plus the usual pointer to --help)."""
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert lines[0].startswith("crm-desktop") and words in lines[0], stderr
    assert len(lines) <= 2, stderr
    if len(lines) == 2:
        assert lines[1].startswith("Try 'crm-desktop") and lines[1].endswith(" --help'.")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real demonstration database to damage (copies of it)."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    db = Database.open(path)
    try:
        DemoGenerator(Services.build(db), seed=3).generate(2000)
    finally:
        db.close()
    return path


def expected_zero_counts() -> list[str]:
    return [f"{t.key}: 0" for t in default_registry()]


# -- check ----------------------------------------------------------------------------------------
def test_check_counts_an_empty_new_database(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Database.open(path).close()

    result = run("check", "--database", str(path), home=home)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == expected_zero_counts()
    assert "leads: 0" in result.stdout.splitlines()
    assert result.stderr == ""


def test_check_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    Database.open(path).close()

    assert cli.main(["check", "--database", str(path)]) == 0

    out, err = capsys.readouterr()
    assert out.splitlines() == expected_zero_counts()
    assert err == ""


def test_demo_then_check(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "demo.sqlite3"

    demo = run("demo", "--database", str(path), "--records", "200", "--seed", "3", home=home)

    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.splitlines() == [f"{k}: {v}" for k, v in planned_counts(200).items()]
    assert "contacts: 200" in demo.stdout.splitlines()
    assert "Traceback" not in demo.stderr
    check = run("check", "--database", str(path), home=home)
    assert check.returncode == 0, check.stderr
    lines = check.stdout.splitlines()
    assert "contacts: 200" in lines
    assert "organizations: 50" in lines
    assert len(lines) == len(default_registry().keys())


def test_demo_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"

    assert cli.main(["demo", "--database", str(path), "--records", "20", "--seed", "1"]) == 0

    out, err = capsys.readouterr()
    assert "contacts: 20" in out.splitlines()
    assert "20 / 20 contacts" in err


def test_demo_interrupted_ends_its_progress_line(tmp_path: Path, home: Path) -> None:
    """Ctrl+C during a demo: "interrupted" (and then the shell's prompt) on a line of its
    own, not glued to "4,000 / 200,000 contacts"."""
    demo = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "demo", "--database",
         str(tmp_path / "demo.sqlite3"), "--records", "200000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "CRM_DESKTOP_HOME": str(home)},
    )  # fmt: skip
    assert demo.stderr is not None
    shown = b""
    while b"contacts" not in shown:  # the first batch is saved: the progress line is out
        chunk = demo.stderr.read1(100)
        assert chunk, "the demo ended before its first progress line"
        shown += chunk
    demo.send_signal(signal.SIGINT)
    _out, rest = demo.communicate(timeout=120)
    assert demo.returncode == 130
    stderr = (shown + rest).decode()
    assert stderr.endswith(" contacts\ncrm-desktop: interrupted\n"), stderr


def test_demo_of_zero_records(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "empty.sqlite3"

    result = run("demo", "--database", str(path), "--records", "0", home=home)

    assert result.returncode == 0, result.stderr
    assert "contacts: 0" in result.stdout.splitlines()
    assert result.stderr == ""  # no progress shown, so no line to end
    assert run("check", "--database", str(path), home=home).stdout.splitlines() == (
        expected_zero_counts()
    )


@pytest.mark.parametrize("missing", ["nothing-here.sqlite3", "no-folder/crm.sqlite3"])
def test_check_does_not_create_a_missing_file(
    tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str], missing: str
) -> None:
    path = tmp_path / missing

    result = run("check", "--database", str(path), home=home)

    assert result.returncode != 0
    assert "no database" in assert_one_sentence(result.stderr).lower()
    assert result.stdout == ""
    assert cli.main(["check", "--database", str(path)]) != 0
    assert_one_sentence(capsys.readouterr().err)
    assert not path.exists()
    assert not path.parent.exists() or path.parent == tmp_path


def test_check_a_text_file(tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Meeting notes: call Nguyễn Văn Đức on Monday.\n" * 50, encoding="utf-8")
    before = path.read_bytes()

    result = run("check", "--database", str(path), home=home)

    assert result.returncode != 0
    assert "not a database" in assert_one_sentence(result.stderr)
    assert cli.main(["check", "--database", str(path)]) != 0
    assert_one_sentence(capsys.readouterr().err)
    assert path.read_bytes() == before


def test_check_a_database_of_another_program(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()
    before = path.read_bytes()

    result = run("check", "--database", str(path), home=home)

    assert result.returncode != 0
    assert "another program" in assert_one_sentence(result.stderr)
    assert path.read_bytes() == before


def _btree_pages(path: Path) -> dict[str, list[int]]:
    """Page numbers (1-based) of some table and index pages, from SQLite's dbstat."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT name, pageno FROM dbstat WHERE pagetype IN ('leaf', 'internal') "
            "AND pageno >= 3 ORDER BY pageno"
        ).fetchall()
    conn.close()
    pages: dict[str, list[int]] = {}
    for name, pageno in rows:
        pages.setdefault(name, []).append(pageno)
    return pages


def _damaged_copies(demo_file: Path, folder: Path) -> list[Path]:
    pages = _btree_pages(demo_file)
    all_pages = sorted(p for numbers in pages.values() for p in numbers)
    targets = {
        "page3": all_pages[0],
        "contacts": pages["contacts"][len(pages["contacts"]) // 2],
        "email-index": pages["ix_contacts_live_email"][0],
        "middle": all_pages[len(all_pages) // 2],
        "fts": pages["contacts_fts_data"][-1],
    }
    rng = random.Random(5)
    copies = []
    for label, pageno in targets.items():
        for fill in ("zeros", "garbage"):
            copy = folder / f"{label}-{fill}.sqlite3"
            shutil.copy(demo_file, copy)
            data = bytes(PAGE) if fill == "zeros" else rng.randbytes(PAGE)
            with copy.open("r+b") as fh:
                fh.seek((pageno - 1) * PAGE)
                fh.write(data)
            copies.append(copy)
    return copies


def test_check_a_healthy_demo_database(demo_file: Path, home: Path) -> None:
    result = run("check", "--database", str(demo_file), home=home)

    assert result.returncode == 0, result.stderr
    assert "contacts: 2000" in result.stdout.splitlines()


@pytest.mark.slow
def test_check_damaged_databases(
    demo_file: Path, tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copies = _damaged_copies(demo_file, tmp_path)
    for copy in copies:
        before = copy.read_bytes()

        result = run("check", "--database", str(copy), home=home)

        assert result.returncode != 0, (copy.name, result.stdout)
        assert "damaged" in assert_one_sentence(result.stderr), copy.name
        assert copy.read_bytes() == before, f"check wrote to {copy.name}"
    assert cli.main(["check", "--database", str(copies[0])]) != 0
    assert "damaged" in assert_one_sentence(capsys.readouterr().err)


def test_demo_into_a_damaged_database_is_refused(
    demo_file: Path, tmp_path: Path, home: Path
) -> None:
    copy = _damaged_copies(demo_file, tmp_path)[0]

    result = run("demo", "--database", str(copy), "--records", "10", home=home)

    assert result.returncode != 0
    assert_one_sentence(result.stderr)


# -- arguments ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["demo", "--database", "x.sqlite3", "--records", "abc"], "“abc” is not a whole number"),
        (["demo", "--database", "x.sqlite3", "--records", "-1"], "must not be negative"),
        (["demo", "--database", "x.sqlite3"], "--records"),
        (["frobnicate"], "frobnicate"),
        (["check"], "--database"),
    ],
)
def test_bad_arguments(
    args: list[str], words: str, tmp_path: Path, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(*args, home=home)

    assert result.returncode == 2
    assert_usage_error(result.stderr, words)
    with pytest.raises(SystemExit) as exc:
        cli.main(args)
    assert exc.value.code == 2
    assert_usage_error(capsys.readouterr().err, words)
    assert not (Path.cwd() / "x.sqlite3").exists()


def test_a_copy_without_its_migration_scripts_says_so(tmp_path: Path, home: Path) -> None:
    """A bundle that kept the migrations only as bytecode (PyInstaller's archive does, unless
    they are collected as files) could open no database; it says why in one sentence."""
    import crm_desktop

    copy = tmp_path / "install"
    shutil.copytree(
        Path(crm_desktop.__file__).parent,
        copy / "crm_desktop",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    migrations = copy / "crm_desktop" / "models" / "migrations"
    for script in [migrations / "env.py", *migrations.glob("versions/*.py")]:
        script.unlink()
    env = {**os.environ, "CRM_DESKTOP_HOME": str(home), "PYTHONPATH": str(copy)}
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "demo", "--database", "x.sqlite3", "--records", "5"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == cli.EXIT_PROBLEM
    sentence = assert_one_sentence(done.stderr)
    assert "incomplete" in sentence and str(migrations) in sentence
