# newsclaims: `make run` serves the dashboard, `make test` runs every test (both set up a fresh machine).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
ARTICLES ?= data/articles
# The bundled corpus has the committed store; any other folder gets its own store under data/stores/.
STORE ?= $(if $(filter data/articles data/articles/,$(ARTICLES)),data/store,data/stores/$(notdir $(abspath $(ARTICLES))))
PORT ?= 8501

.PHONY: run test check store bench chromium clean lock

# Every package, direct or not, is installed from a lock file that pins its version and the hashes of its
# files: a package changed on the registry after it was locked is refused (supply chain).
# pip itself first: the one a new environment gets from Python 3.11 mis-resolves locked extras (requirements-pip.txt).
$(VENV)/.installed: requirements.lock requirements-pip.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r requirements-pip.lock
	$(PY) -m pip install -q --require-hashes -r requirements.lock
	touch $@

$(VENV)/.dev-installed: requirements-dev.lock $(VENV)/.installed
	$(PY) -m pip install -q --require-hashes -r requirements-dev.lock
	touch $@

# After a change to requirements*.txt: resolve again the hashed lock files the installs read.
lock: $(VENV)/.dev-installed
	for name in requirements-pip requirements requirements-dev; do \
		$(VENV)/bin/uv pip compile -q --universal --generate-hashes --python-version 3.11 $$name.txt -o $$name.lock; done

run: $(VENV)/.installed
	$(PY) -m newsclaims ingest $(ARTICLES) --store $(STORE) --if-stale
	NEWSCLAIMS_MODE=local NEWSCLAIMS_STORE=$(STORE) NEWSCLAIMS_ARTICLES=$(ARTICLES) \
		$(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.headless true --client.showErrorDetails full

# Rebuild the committed store of the bundled corpus (a test checks it matches the articles and pipeline).
store: $(VENV)/.installed
	$(PY) -m newsclaims ingest data/articles --store data/store --retire-now

# Debian's chromium for the browser tests; never `playwright install` (it downloads a browser).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
		else echo "chromium is missing and this user cannot install it: browser tests will fail"; fi; }

test: $(VENV)/.dev-installed chromium
	@$(PY) -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

check: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(VENV)/.dev-installed chromium
	$(PY) bench/reingest.py
	PYTHONPATH=. $(PY) bench/peer_specs.py
	$(PY) bench/rerun.py
	PYTHONPATH=. $(PY) bench/first_render.py
	PYTHONPATH=. $(PY) bench/scale.py

clean:
	rm -rf $(VENV) data/stores test-artifacts .pytest_cache .mypy_cache .ruff_cache
