# One task runner for people and CI. Every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test bench lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: run the whole pipeline on the bundled sample into out/
demo: $(STAMP)
	$(VENV)/bin/tidings demo --out out

## test: the whole test suite
test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

## bench: measured figures, written to bench/results/*.json
bench: $(STAMP)
	$(PY) bench/run.py
	$(PY) bench/report.py

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

clean:
	rm -rf out .pytest_cache
