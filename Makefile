# The two commands of the README: `make site` and `make test`.
# Both create and use a virtual environment in .venv/ inside the checkout.

PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install site serve test test-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Validates every KIM file (any error stops the build) and writes the site to site/.
site: $(STAMP)
	$(BIN)/mkdocs build --strict

# --dirty keeps unchanged files between rebuilds; the plugin rewrites only what changed.
# MkDocs always warns about --dirty, so strict mode (mkdocs.yml) is off for the preview.
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty --no-strict

# Unit, golden, build, HTML, accessibility and real-browser tests.
test: $(STAMP) test-deps
	$(BIN)/python -m pytest

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

# Benchmarks: validation, site builds next to a naive baseline, serve, browser payloads and
# timings, budgets (not part of make test; see benchmarks/README.md).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run
