# Mediation Desk — `make run` starts the program, `make test` runs every test headless.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
QM := resources/translations/mediation_zh_CN.qm
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint bench bundle screenshots lock translations clean-venv

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(QM): resources/translations/mediation_zh_CN.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@.part && mv -f $@.part $@

translations: $(QM)

run: $(STAMP) $(QM)
	$(PY) -m mediation_app $(ARGS)

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check mediation_app tests
	$(VENV)/bin/ruff format --check --quiet mediation_app tests
	$(VENV)/bin/mypy

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench $(BENCH_ARGS)

# The README's pictures (resources/screenshots/*.png): the real windows on a demo database, under Xvfb.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" $(PY) resources/screenshots/make_screenshots.py

# One-folder bundle in dist/mediation-desk/ (two executables: mediation-desk, the window; mediation-app, the commands).
bundle: $(STAMP) $(QM)
	rm -rf build/pyinstaller dist/mediation-desk
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --workpath build/pyinstaller --distpath dist build.spec
	@du -s --apparent-size --block-size=1MB dist/mediation-desk | awk '{print "bundle: " $$2 ", " $$1 " MB (10^6 bytes)"}'

lock: $(STAMP)
	$(PY) -m pip freeze --exclude-editable | grep -v -i '^mediation' > constraints.txt.new
	(printf '# Exact versions of every dependency (and theirs): builds and printed PDFs are reproducible.\n# Refresh: make lock\n'; cat constraints.txt.new) > constraints.txt && rm constraints.txt.new

clean-venv:
	rm -rf $(VENV)
