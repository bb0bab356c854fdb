# Two commands for a fresh machine: `make run` and `make test`.
# The access log keeps no address, user agent, query string or token (core/gunicorn_log.py).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 2
PYTEST_ARGS ?=
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test test-e2e lint format venv install secret migrations-check node

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

venv install: $(VENV)/.installed

# axe-core for the browser tests' accessibility checks (package.json, exact version): npm ci
# installs it from package-lock.json when node_modules is missing or older than the lock file.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund; \
	else echo "npm not found: the browser tests' accessibility checks need it (apt-get install npm)"; fi

node: node_modules/.package-lock.json

# A secret key for local runs, generated once and kept out of git.
.secret_key:
	$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

.demo_password:
	$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(9))" > $@
	chmod 600 $@

run: export DJANGO_SETTINGS_MODULE = curriculum_site.settings.production
run: export DJANGO_HTTPS = 0
run: export DJANGO_SERVE_MEDIA = 1
# The demo accounts sign in without a second factor (production's default requires it).
run: export DJANGO_STAFF_2FA_REQUIRED = 0
run: export DJANGO_ALLOWED_HOSTS ?= 127.0.0.1,localhost,$(HOST)
# E-mail (moderation notifications) is printed on the task worker's output unless EMAIL_URL
# names an SMTP server (README); its links point at this server.
run: export EMAIL_URL ?= console://
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install .secret_key .demo_password
	DJANGO_SECRET_KEY="$$(cat .secret_key)" $(BIN)/python manage.py migrate --noinput
	DJANGO_SECRET_KEY="$$(cat .secret_key)" $(BIN)/python manage.py seed_demo --password "$$(cat .demo_password)"
	DJANGO_SECRET_KEY="$$(cat .secret_key)" $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "Site:  http://$(HOST):$(PORT)/"
	@echo "Admin: http://$(HOST):$(PORT)/admin/  (logins above; password in .demo_password)"
	@echo "       two-factor sign-in is off for this demo (DJANGO_STAFF_2FA_REQUIRED=0)"
	@echo ""
	@echo "Starting the web server (web.1) and the task worker (worker.1); Ctrl-C stops both."
	@# Procfile: gunicorn with the private access log, and `manage.py db_worker`.
	DJANGO_SECRET_KEY="$$(cat .secret_key)" HOST=$(HOST) WORKERS=$(WORKERS) \
		PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start --port $(PORT)

test: install node
	@if [ -x "$(CHROMIUM)" ]; then echo "Chromium found at $(CHROMIUM): browser tests will run."; \
	else echo "Chromium not found at $(CHROMIUM): browser tests (tests/e2e) will be SKIPPED."; fi
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=curriculum_site.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

test-e2e: install node
	$(BIN)/pytest tests/e2e $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
