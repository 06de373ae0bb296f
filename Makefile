# NTM dashboard: `make run` starts the app, `make test` lints and runs every test.
# Works from a fresh clone with only python3 (and GNU make) on PATH.

SHELL := /bin/bash

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

HOST ?= 127.0.0.1
PORT ?= 8501
# `make serve`: Streamlit processes behind the proxy (default: one per core).
PROCESSES ?= $(shell nproc 2>/dev/null || echo 2)

# Folder of the Parquet tables the app reads (ntm.settings resolves it against the project folder).
NTM_DATA_DIR ?= data
export NTM_DATA_DIR

# Extra arguments for streamlit, e.g. STREAMLIT_ARGS="--server.fileWatcherType=auto --server.runOnSave=true".
STREAMLIT_ARGS ?=

# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k smoke -x"`.
PYTEST_ARGS ?=

RUNTIME_STAMP := $(VENV)/.installed-runtime
DEV_STAMP     := $(VENV)/.installed-dev

.DEFAULT_GOAL := help
.PHONY: help venv dev-venv data run serve test lint format bench clean admin-password

help:
	@echo "make run     install runtime deps, make sample data if $(NTM_DATA_DIR)/ has none, start the app on http://$(HOST):$(PORT)"
	@echo "make serve   production on one machine: PROCESSES Streamlit processes (default: the cores) behind HAProxy on $(HOST):$(PORT), under supervisord"
	@echo "make test    install dev deps, lint (ruff), run the whole pytest suite (unit, integration, app, browser)"
	@echo "make lint    ruff check + ruff format --check"
	@echo "make format  ruff format + ruff check --fix"
	@echo "make bench   python -m tools bench, then the 30-session load test (spread, at once, same link; one process, then PROCESSES behind the proxy)"
	@echo "make admin-password  set the data page's admin password (hash written to .streamlit/secrets.toml)"
	@echo "make clean   remove .venv and caches (keeps data/)"
	@echo "Variables: HOST=$(HOST) PORT=$(PORT) PROCESSES=$(PROCESSES) NTM_DATA_DIR=$(NTM_DATA_DIR) PYTHON=$(PYTHON) STREAMLIT_ARGS=... PYTEST_ARGS=..."

# --- virtual environment -------------------------------------------------------------------------
# Each install is keyed on a stamp file inside the venv that depends on the requirement files:
# re-running is instant, editing a requirements file reinstalls, deleting .venv starts over.

$(PY):
	$(PYTHON) -m venv $(VENV)

$(RUNTIME_STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --progress-bar off -r requirements.txt
	touch $@

# The dev file includes requirements.txt, so a dev install also satisfies the runtime stamp.
$(DEV_STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --progress-bar off -r requirements-dev.txt
	touch $@ $(RUNTIME_STAMP)

venv: $(RUNTIME_STAMP)

dev-venv: $(DEV_STAMP)

# --- data ----------------------------------------------------------------------------------------

data: $(RUNTIME_STAMP)
	@if [ -z "$$(find "$(NTM_DATA_DIR)" -name '*.parquet' -print -quit 2>/dev/null)" ]; then \
		echo "No Parquet files in $(NTM_DATA_DIR)/: generating the province-scale sample data set"; \
		$(PY) -m ntm sample --scale province --out "$(NTM_DATA_DIR)"; \
	else \
		echo "Using the Parquet files in $(NTM_DATA_DIR)/"; \
	fi

# --- run -----------------------------------------------------------------------------------------

run: $(RUNTIME_STAMP) data
	$(PY) -m ntm.ui.server --server.address=$(HOST) --server.port=$(PORT) $(STREAMLIT_ARGS)

# One process per core behind HAProxy (Debian's haproxy and supervisor: apt-get install haproxy supervisor).
serve: $(RUNTIME_STAMP) data
	$(PY) -m tools serve --processes $(PROCESSES) --host $(HOST) --port $(PORT)

# Asks the password twice and writes its hash into .streamlit/secrets.toml (git-ignored); the running
# app reads it at the next login, so nothing needs restarting.
admin-password: $(RUNTIME_STAMP)
	$(PY) -m ntm hash-password --save

# --- quality -------------------------------------------------------------------------------------

lint: $(DEV_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(DEV_STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# pytest exits 5 when it collected no test: that is a failure here, and said so.
test: $(DEV_STAMP) data lint
	@rc=0; $(PY) -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "ERROR: pytest collected no tests (exit code 5)" >&2; fi; \
	exit $$rc

# The load test drives Chromium through Playwright (a dev requirement), 30 sessions at province scale:
# one process (as `make run`), then PROCESSES behind HAProxy (as `make serve`); spread over 15 s, all at
# once, and all at once on the chair's link.
bench: $(DEV_STAMP)
	$(PY) -m tools bench
	$(PY) -m tools loadtest --sessions 30 --scale province
	$(PY) -m tools loadtest --sessions 30 --scale province --ramp 0
	$(PY) -m tools loadtest --sessions 30 --scale province --ramp 0 --same-link
	$(PY) -m tools loadtest --sessions 30 --scale province --processes $(PROCESSES)
	$(PY) -m tools loadtest --sessions 30 --scale province --processes $(PROCESSES) --ramp 0
	$(PY) -m tools loadtest --sessions 30 --scale province --processes $(PROCESSES) --ramp 0 --same-link

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .cache artifacts
	find . -path ./data -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
