#!/usr/bin/env bash
# Packaging checks (also `make package-check`; .ci/run runs them after the tests):
#   1. packaging/crm-desktop.desktop through desktop-file-validate, the AppStream metainfo
#      through appstreamcli validate, and both (with the icon) installed into a tree as a
#      distribution would, through appstreamcli validate-tree;
#   2. the wheel (built from the sdist) installed by `pipx install`, alone in the clean
#      virtual environment pipx makes for it: its files (fonts, icons, translations,
#      migrations) and the program's real commands;
#   3. the standalone PyInstaller bundle of packaging/crm-desktop.spec, built from that wheel:
#      the same commands.
# The commands: demo (Faker), check, print quote (the PDF read back), import of an .ics file,
# and the window opened offscreen for a few seconds with no error in its output or its log.
# Everything pip installs goes into throw-away virtual environments under one temporary
# folder, removed at the end (kept on failure: set KEEP=1 to keep it anyway).
# Needs: python3 with venv, desktop-file-utils, appstream, binutils (PyInstaller runs objdump);
# .ci/run installs them where missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
ICS=$ROOT/tests/fixtures/ics/google_calendar.ics
WINDOW_SECONDS=4          # how long the window stays open offscreen
DEADLINE_SECONDS=120      # for the window to open; every command has its own `timeout`

work=$(mktemp -d "${TMPDIR:-/tmp}/crm-desktop-packaging.XXXXXX")
cleanup() {
    local status=$?
    if [ "$status" -eq 0 ] && [ -z "${KEEP:-}" ]; then
        rm -rf "$work"
    else
        echo "packaging check: files kept in $work" >&2
    fi
}
trap cleanup EXIT

step() {
    echo "== $* (${SECONDS}s so far)"
}
fail() {
    echo "packaging check FAILED: $*" >&2
    exit 1
}

step "desktop entry and AppStream metainfo"
problems=$(desktop-file-validate packaging/crm-desktop.desktop 2>&1) || true
[ -z "$problems" ] || fail "desktop-file-validate: $problems"
appstreamcli validate --strict --no-net --explain \
    packaging/io.github.crm_desktop.CrmDesktop.metainfo.xml
# As a distribution installs them: the metainfo's launchable must find the .desktop file.
tree=$work/tree/usr/share
install -Dm644 packaging/crm-desktop.desktop "$tree/applications/crm-desktop.desktop"
install -Dm644 packaging/io.github.crm_desktop.CrmDesktop.metainfo.xml \
    "$tree/metainfo/io.github.crm_desktop.CrmDesktop.metainfo.xml"
install -Dm644 crm_desktop/resources/icons/app.svg "$tree/icons/hicolor/scalable/apps/crm-desktop.svg"
appstreamcli validate-tree --no-net --explain "$work/tree"

step "tools: build, pipx, PyInstaller, pypdf in a virtual environment"
"$PYTHON" -m venv "$work/tools"
TOOLS=$work/tools/bin
"$TOOLS/python" -m pip install --quiet --upgrade pip
"$TOOLS/python" -m pip install --quiet build 'pipx>=1.4,<2' 'pyinstaller>=6.10,<7' 'pypdf>=4,<7'

step "sdist and wheel"
"$TOOLS/python" -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; fail "python -m build"; }
wheel=$(ls "$work"/dist/crm_desktop-*.whl)
echo "$(basename "$wheel")"

# The installed package must hold every file the program reads at run time, as many as the
# source tree has of each kind.
count() { find "$ROOT/crm_desktop/$1" -maxdepth 1 -name "$2" | wc -l; }
expect_files() {  # $1: the installed program's python (run outside the source tree)
    (cd "$work" && env -u PYTHONPATH "$1" - "$(count resources/fonts '*.ttf')" "$(count resources/icons '*.svg')" \
        "$(count resources/translations '*.qm')" "$(count models/migrations/versions '*.py')" <<'EOF'
import sys
from importlib import resources
from pathlib import Path

import crm_desktop

if not crm_desktop.__file__.startswith(sys.prefix):
    sys.exit(f"crm_desktop was imported from {crm_desktop.__file__}, not from {sys.prefix}")
root = resources.files("crm_desktop")
wanted = zip(
    ("resources/fonts/*.ttf", "resources/icons/*.svg", "resources/translations/*.qm",
     "models/migrations/versions/*.py"),
    map(int, sys.argv[1:]),
)
missing = [f"{pattern}: {n} of {want}" for pattern, want in wanted
           if (n := len(list(Path(str(root)).glob(pattern)))) != want]
if not (root / "models" / "migrations" / "env.py").is_file():
    missing.append("models/migrations/env.py")
if missing:
    sys.exit(f"the installed package ({crm_desktop.__file__}) lacks: {', '.join(missing)}")
print(f"the installed package holds every resource: {Path(crm_desktop.__file__).parent}")
EOF
    )
}

# The program's real commands, run in a fresh folder with its own home (settings, logs).
exercise() {  # $1: the program to run, $2: a new folder to run it in
    local program=$1 dir=$2
    mkdir -p "$dir"
    (
        cd "$dir"
        export CRM_DESKTOP_HOME=$dir/home
        unset PYTHONPATH
        timeout 60 "$program" --version
        timeout 300 "$program" demo --database crm.sqlite3 --records 200 --seed 1 >demo.txt
        grep -qx "contacts: 200" demo.txt || fail "demo: $(cat demo.txt)"
        timeout 120 "$program" check --database crm.sqlite3 >check.txt
        grep -qx "contacts: 200" check.txt || fail "check: $(cat check.txt)"
        timeout 120 "$program" print quote QUO-00001 --database crm.sqlite3 -o quote.pdf
        "$TOOLS/python" -c '
import sys
from pypdf import PdfReader
text = "".join(page.extract_text() for page in PdfReader(sys.argv[1]).pages)
sys.exit(None if "QUO-00001" in text else "the printed quote does not name QUO-00001")
' quote.pdf
        timeout 120 "$program" import "$ICS" --database crm.sqlite3 >import.txt
        grep -q "^added [1-9][0-9]* activit" import.txt || fail "import: $(cat import.txt)"
        before=$(sed -n 's/^activities: //p' check.txt)
        timeout 120 "$program" check --database crm.sqlite3 >check-after.txt
        after=$(sed -n 's/^activities: //p' check-after.txt)
        [ "$after" -gt "$before" ] || fail "import: activities $before before, $after after"

        # The window, offscreen: it must open the database, stay up, and say nothing.
        QT_QPA_PLATFORM=offscreen "$program" --database crm.sqlite3 >window.out 2>window.err &
        local pid=$! log=$dir/home/logs/crm-desktop.log waited=0
        until grep -qs "opened .*crm.sqlite3" "$log"; do
            kill -0 "$pid" 2>/dev/null || fail "the window exited: $(cat window.err)"
            [ "$waited" -lt "$DEADLINE_SECONDS" ] || { kill "$pid"; fail "no window after ${DEADLINE_SECONDS}s"; }
            sleep 1
            waited=$((waited + 1))
        done
        sleep "$WINDOW_SECONDS"
        kill -0 "$pid" 2>/dev/null || fail "the window exited: $(cat window.err)"
        kill "$pid"
        wait "$pid" || true
        [ ! -s window.out ] && [ ! -s window.err ] \
            || fail "the window wrote: $(cat window.out window.err)"
        # The offscreen platform cannot resize or raise windows; anything else is a problem.
        if grep -E " (WARNING|ERROR|CRITICAL) " "$log" | grep -v "This plugin does not support"; then
            fail "the window logged the problems above"
        fi
    )
    echo "demo, check, print, import and the window: fine"
}

step "the wheel, installed by pipx"
export PIPX_HOME=$work/pipx PIPX_BIN_DIR=$work/pipx/bin PIPX_MAN_DIR=$work/pipx/man
"$TOOLS/pipx" install --quiet --python "$(command -v "$PYTHON")" "$wheel"
expect_files "$PIPX_HOME/venvs/crm-desktop/bin/python"
exercise "$PIPX_BIN_DIR/crm-desktop" "$work/run-wheel"

step "the standalone bundle (PyInstaller)"
"$TOOLS/python" -m pip install --quiet "$wheel"
"$TOOLS/pyinstaller" --noconfirm --log-level WARN --distpath "$work/bundle" \
    --workpath "$work/pyinstaller" packaging/crm-desktop.spec >"$work/pyinstaller.log" 2>&1 \
    || { cat "$work/pyinstaller.log"; fail "pyinstaller"; }
du -sh "$work/bundle/crm-desktop"
exercise "$work/bundle/crm-desktop/crm-desktop" "$work/run-bundle"

step "packaging checks passed"
