# The two commands of the README: `make site` and `make test`.
# Both create and use a virtual environment in .venv/ inside the checkout.

PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install site serve test browser-deps bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Validates every KIM file (any error stops the build) and writes the site to site/.
site: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve

# Unit, golden, build and real-browser tests.
test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

# Debian's Chromium drives the browser tests (Playwright cannot download its own here).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Debian's chromium package (sudo apt-get install chromium) for the browser tests." >&2; exit 1; fi; }

clean:
	rm -rf site .pytest_cache
