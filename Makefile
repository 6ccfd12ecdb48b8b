# Two commands on a fresh machine:
#   make run    - create .venv, install the program, start it on the default database
#   make test   - create .venv, install the program with its test tools, run every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crm-desktop $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/ruff check crm_desktop tests bench

lint: $(STAMP)
	$(BIN)/ruff check crm_desktop tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench_lists.py --json bench/results/lists.json

clean:
	rm -rf $(VENV) build *.egg-info
