# Dakhla Market. `make run` serves the demo site, `make test` runs the whole suite; both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-fast lint install install-dev migrate demo messages clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the pins change.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

var:
	mkdir -p var

migrate: install | var
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo --port $(PORT)

run: demo
	@echo ""
	@echo "Dakhla Market is served at http://127.0.0.1:$(PORT)/"
	@echo "  site (fr, ar, en)   http://127.0.0.1:$(PORT)/fr/  /ar/  /en/"
	@echo "  shop                http://127.0.0.1:$(PORT)/fr/shop/catalogue/"
	@echo "  CMS (Wagtail)       http://127.0.0.1:$(PORT)/cms/"
	@echo "  dashboard (Oscar)   http://127.0.0.1:$(PORT)/dashboard/"
	@echo "  health              http://127.0.0.1:$(PORT)/healthz"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The layers run one way (pyproject.toml [tool.importlinter]): a circle or an upward import fails the build.
lint: install-dev
	$(BIN)/lint-imports

# The test database is kept between runs (--reuse-db); `make test PYTEST_ADDOPTS=--create-db` rebuilds it.
# Tiers (markers set by tests/conftest.py): unit, integration, functional, browser, budgets.
test: lint | var
	$(BIN)/python -m pytest

# Unit and integration tests only: the quick loop while working (no test client, no browser, no budgets).
test-fast: install-dev | var
	$(BIN)/python -m pytest -m "unit or integration"

messages: install
	$(MANAGE) makemessages --locale fr --locale ar --locale en --ignore ".venv/*" --ignore "var/*" --no-obsolete
	$(MANAGE) compilemessages --ignore ".venv/*"

# --- bench (issue #8): page benchmark on PostgreSQL under gunicorn + wrk; see README "Benchmark" ---
# `make bench BENCH_ARGS="--duration 5 --pages story,product"`; BENCH_DATABASE_URL picks the database.
bench: install-dev | var
	@command -v wrk >/dev/null 2>&1 || { echo "--- installing Debian's wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python -m scripts.bench $(BENCH_ARGS)

clean:
	rm -rf var/test.sqlite3 var/test-media tests/artifacts
