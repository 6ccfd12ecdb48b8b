# Two commands on a fresh machine:
#   make run    - create .venv, install the program, start it on the default database
#   make test   - create .venv, install the program with its test tools, run every test
#                 (set CRM_TEST_POSTGRES_URL to repeat the database tests on PostgreSQL)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench package-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crm-desktop $(ARGS)

# With CRM_TEST_POSTGRES_URL set (see .ci/start-postgres.sh) the database and service
# tests run a second time against that PostgreSQL server.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	@if [ -n "$$CRM_TEST_POSTGRES_URL" ]; then \
	    echo "== database and service tests on PostgreSQL"; \
	    QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/models tests/services tests/demo tests/exchange/ical \
	        --database-url "$$CRM_TEST_POSTGRES_URL" $(PYTEST_ARGS); \
	fi
	$(BIN)/ruff check crm_desktop tests bench
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check crm_desktop tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/bench_lists.py --json bench/results/lists.json
	$(BIN)/python bench/bench_pdf.py --json bench/results/pdf.json
	$(BIN)/python bench/bench_shared.py --json bench/results/shared.json

# The wheel and the standalone bundle built and run, the .desktop and AppStream files
# validated; in throw-away virtual environments of their own (not .venv).
package-check:
	bash .ci/check-packaging.sh

clean:
	rm -rf $(VENV) build *.egg-info
