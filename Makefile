# Two commands: `make demo` (set-up, ingest the demo article, query, view) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export KG_STORE ?= .kg/store

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg add data/articles
	$(BIN)/kg stats
	$(BIN)/kg query election-winners
	$(BIN)/kg query by-election-triggers
	$(BIN)/kg query person-roles
	$(BIN)/kg viz --out out/kg-graph.html
	@echo "kg is installed in $(VENV): activate it (. $(VENV)/bin/activate) to type kg, or run $(BIN)/kg"

test: $(STAMP)
	$(BIN)/pytest -q -rs   # -rs: say why each skipped test was skipped

lint: $(STAMP)
	$(BIN)/ruff check kg tests main.py bench
	$(BIN)/mypy kg

clean:
	rm -rf $(VENV) .kg out
