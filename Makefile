# Two commands a newcomer needs: `make run` and `make test`. Each bootstraps .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean translations i18n-update screenshots

# Reinstall whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/kiosk --demo $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint translations
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Translations: .ts sources are committed; .qm files are built (and git-ignored).
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing visible strings: refresh every .ts source (plurals kept, English filled in).
i18n-update: $(STAMP)
	$(BIN)/python scripts/i18n_update.py

# Every screen offscreen at 1280x800, 1920x1080 and 1080x1920 with the demo data, into
# docs/screenshots/ (committed; the README shows the main ones).
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots
