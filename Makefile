# The two commands of the README: `make site` and `make test`.
# Both create and use a virtual environment in .venv/ inside the checkout.

PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP := $(BIN)/python -m pip --disable-pip-version-check

.PHONY: install site serve test test-fast test-deps lock bench clean

# Every package from the hash lock (wheels only: the lock says --only-binary, so no code
# of theirs runs while installing), then the project itself without dependencies.
# A changed lock reinstalls.
$(STAMP): pyproject.toml requirements-test.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes -r requirements-test.lock
	$(PIP) install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# Validates every KIM file (any error stops the build) and writes the site to site/.
# --dirty keeps site/ from the last build: only changed pages are rendered and written,
# and files no longer made are removed, so the result is a clean build's, byte for byte.
site: $(STAMP)
	$(BIN)/mkdocs build --strict --dirty

# --dirty keeps unchanged files between rebuilds; the plugin rewrites only what changed.
# MkDocs always warns about --dirty, so strict mode (mkdocs.yml) is off for the preview.
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty --no-strict

# Unit, golden, build, HTML, accessibility and real-browser tests.
test: $(STAMP) test-deps
	$(BIN)/python -m pytest

# The fast set while developing: no real site build, no browser, nothing marked slow
# (markers in pyproject.toml, applied in tests/conftest.py), spread over every core.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -n auto -m "not browser and not build and not slow"

# Debian's Chromium drives the browser tests (Playwright cannot download its own here);
# Java runs the Nu Html Checker; npm brings vnu.jar and axe-core (package-lock.json).
test-deps: node_modules/.installed-stamp
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Install these Debian packages for the tests: sudo apt-get install$$missing" >&2; exit 1; fi; \
	fi

node_modules/.installed-stamp: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; \
	  else echo "Install Debian's npm package for the tests: sudo apt-get install npm" >&2; exit 1; fi; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

clean:
	rm -rf site .pytest_cache

# requirements.lock (what the site needs) and requirements-test.lock (that plus the test
# tools, at the same versions), with the hash of every file, for Linux x86_64 and any
# Python 3.11, regenerated from pyproject.toml by uv, a development tool kept in its own
# .venv-lock/. `make lock` keeps the current pins where pyproject.toml still allows them;
# `make lock UPGRADE=--upgrade` moves every package to its newest release.
LOCK_VENV := .venv-lock
UV_VERSION := 0.13.8
LOCK_HEADER := make lock  \# uv pip compile for Linux x86_64, Python 3.11 (see Makefile, README)
COMPILE = $(LOCK_VENV)/bin/uv pip compile pyproject.toml --quiet --generate-hashes \
	--python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
	--only-binary :all: --emit-build-options --custom-compile-command "$(LOCK_HEADER)" $(UPGRADE)

lock: $(LOCK_VENV)/bin/uv
	$(COMPILE) -o requirements.lock
	$(COMPILE) --extra test -c requirements.lock -o requirements-test.lock

$(LOCK_VENV)/bin/uv:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# Benchmarks: validation, site builds next to a naive baseline, serve, browser payloads and
# timings, budgets (not part of make test; see benchmarks/README.md).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run
