# shuro: the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test migrate schema migrations client

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

# Sets everything up and serves on 127.0.0.1:8000 with an embedded SQLite database under var/.
run: $(STAMP)
	$(BIN)/shuro serve --host 127.0.0.1 --port 8000

NODE_STAMP := graphql/node_modules/.installed
# Test files run in parallel processes, one per core up to 4, each with its own PostgreSQL server,
# SMTP server and Chromium; a file's tests stay together. `make test TEST_PROCESSES=` runs them in one.
TEST_PROCESSES ?= -n auto --maxprocesses 4 --dist loadfile

# The front-end toolchain (graphql-codegen, TypeScript) that the client test compiles with.
$(NODE_STAMP): graphql/package-lock.json
	npm ci --prefix graphql --no-audit --no-fund --loglevel=error
	touch $@

# Runs the whole test suite (SQLite file, a throwaway PostgreSQL server, SMTP on loopback, Chromium).
# The Debian packages first (npm among them), then the front-end toolchain the client test compiles with.
test: $(STAMP)
	scripts/ensure-system-packages
	$(MAKE) --no-print-directory $(NODE_STAMP)
	$(BIN)/pytest $(TEST_PROCESSES) $(PYTEST_ARGS)

# Generates the typed client for front ends into graphql/generated/ (see the README; needs Node.js and npm).
client: $(NODE_STAMP)
	npm run --prefix graphql codegen

migrate: $(STAMP)
	$(BIN)/shuro migrate

# After changing a model: writes the SQLite and PostgreSQL migrations together.
migrations: $(STAMP)
	$(BIN)/shuro makemigrations $(NAME)

schema: $(STAMP)
	$(BIN)/shuro export-schema
