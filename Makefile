# Protest Kit: `make run` opens the app on the sample kit, `make test` runs every check.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck imports pytest fmt translations lupdate screenshots bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(BIN)/protest-kit

test: $(STAMP) translations lint typecheck imports pytest

lint: $(STAMP)
	$(BIN)/ruff check desktop tests benchmarks
	$(BIN)/ruff format --check desktop tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

fmt: $(STAMP)
	$(BIN)/ruff check --fix desktop tests benchmarks
	$(BIN)/ruff format desktop tests benchmarks

# Refresh the .ts sources from the code (then translate the new entries).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py') -ts $(filter-out %_en.ts,$(TS))
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py') -pluralonly -ts resources/translations/protestkit_en.ts

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.ui.screenshots --out screenshots

bench: $(STAMP)
	for b in benchmarks/*_bench.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist screenshots
