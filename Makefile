# PrintDesk: `make up` runs the whole system, `make test` runs every suite. Nothing else is needed.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PYPROJECTS := contracts/pyproject.toml services/kit/pyproject.toml services/jobs/pyproject.toml \
	services/files/pyproject.toml services/notify/pyproject.toml services/auth/pyproject.toml \
	devstack/pyproject.toml handler/pyproject.toml
EDITABLES := $(foreach p,$(PYPROJECTS),-e $(dir $(p)))
DEV_TOOLS := pytest pytest-asyncio import-linter jsonschema pyyaml testcontainers ruff hypothesis

.PHONY: up down install web test lint contracts system-deps clean workstation staff bench backup restore

up: install web
	$(VENV)/bin/printdesk-stack up

down:
	@if [ -x $(VENV)/bin/printdesk-stack ]; then $(VENV)/bin/printdesk-stack down; else echo "nothing running"; fi

install: $(VENV)/.installed

$(VENV)/.installed: constraints.txt $(PYPROJECTS)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q -c constraints.txt hatchling editables
	$(PIP) install -q --no-build-isolation -c constraints.txt $(EDITABLES) $(DEV_TOOLS)
	@touch $@

web: web/.next/BUILD_ID

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

web/.next/BUILD_ID: web/node_modules/.installed $(shell find web/src web/public -type f 2>/dev/null) web/next.config.ts
	cd web && npm run build

# Debian packages the tests drive: Chromium (browser tests), xdg-utils and gio (protocol handler test).
SYSTEM_PACKAGES := chromium xdg-utils libglib2.0-bin
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

# The web app's unit tests, then its pages in Chromium against a mocked API (every state, with screenshots in
# web/test-results/mocked-screenshots), then every Python suite, the real-stack browser specs included.
test: install web system-deps
	cd web && npm run typecheck && npm test && npm run e2e:mocked
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# The benchmarks (not part of `make test`; ~10 minutes): uploads and analysis (issue 3), the dashboard at
# 10k and 100k jobs and the event pipeline (issue 9). Each writes its section of bench/RESULTS.md.
# One of them: `make bench ONLY=dashboard`; with its options: `make bench ONLY=uploads ARGS="--repeat 3"`.
bench: install
	$(PIP) install -q -c constraints.txt py-spy  # samples the jobs service for the profile tables
	$(PY) -m bench $(if $(ONLY),--only $(ONLY),) $(if $(ARGS),-- $(ARGS),)

# Regenerate the JSON Schemas, the services' OpenAPI documents and the web app's TypeScript types.
contracts: install web/node_modules/.installed
	$(VENV)/bin/printdesk-contracts export
	$(PY) -m printdesk.devstack.openapi
	cd web && npm run gen:api

clean:
	rm -rf $(VENV) web/node_modules web/.next

# Add a workstation or a staff member using the same settings as `make up` (embedded PostgreSQL).
workstation: install
	@test -n "$(NAME)" || (echo 'usage: make workstation NAME=front-desk [ADMIN=1]' && exit 2)
	$(VENV)/bin/printdesk-stack admin add-workstation "$(NAME)" $(if $(ADMIN),--admin,)

staff: install
	@test -n "$(NAME)" || (echo 'usage: make staff NAME="Alex Rivera"' && exit 2)
	$(VENV)/bin/printdesk-stack admin add-staff "$(NAME)"

# Dump every database and the storage root into var/backups/<UTC timestamp>/ (or TO=dir); the stack may be
# running. ROTATE=1 then deletes the older backups beside it but the newest of each of the last 14 days, 8 weeks
# and 12 months (for a daily cron job). Restore one into a stopped stack:
# `make restore FROM=var/backups/<timestamp> [FORCE=1]` (docs/runbook.md).
backup: install
	$(VENV)/bin/printdesk-stack backup $(if $(TO),--to "$(TO)",) $(if $(ROTATE),--rotate,)

restore: install
	@test -n "$(FROM)" || (echo 'usage: make restore FROM=var/backups/<timestamp> [FORCE=1]' && exit 2)
	$(VENV)/bin/printdesk-stack restore "$(FROM)" $(if $(FORCE),--force,)
