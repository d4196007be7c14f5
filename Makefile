# Two commands a newcomer needs: `make run` and `make test`. Each bootstraps .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean translations i18n-update screenshots bundle bundle-check

# Reinstall whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Preflight first (kiosk/preflight.py): the display, and the system libraries and fonts Qt
# needs, installed with apt-get when it can, else one message naming the command.
run: $(STAMP) translations
	@$(BIN)/python -m kiosk.preflight $(ARGS)
	$(BIN)/kiosk --demo $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint translations
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

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

# The PyInstaller one-folder app (build_spec/kiosk.spec) in dist/kiosk-<version>/, and its
# smoke test (scripts/bundle_smoke.py: --demo offscreen paints the list and stops on SIGTERM,
# `kiosk check` against a local server). PyInstaller is the `bundle` extra of pyproject.toml.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE := dist/kiosk-$(VERSION)
BUNDLE_STAMP := $(VENV)/.bundle-installed

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) translations
	@start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		build_spec/kiosk.spec && \
	echo "bundle built: $(BUNDLE) ($$(du -sm $(BUNDLE) | cut -f1) MB, $$(find $(BUNDLE) -type f | wc -l) files) in $$(( $$(date +%s) - start )) s"

bundle-check: bundle
	$(BIN)/python scripts/bundle_smoke.py $(BUNDLE) --server $(BIN)/kiosk-server
