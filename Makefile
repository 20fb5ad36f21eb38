# Steady: `make run` opens the app, `make test` runs the tests. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint screenshots bench bench-timing bench-voice package system system-tests system-package translations clean

run: $(STAMP) system
	$(PY) -m app

test: $(STAMP) system-tests
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow"

lint: $(STAMP)
	$(PY) -m ruff check app tests
	$(PY) -m ruff format --check app tests

# The virtual environment, with Steady installed (editable) and the test tools.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || sh packaging/linux/apt-install.sh python3-venv
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

# System libraries Qt and the voice need (and, for the tests, Xvfb and friends).
system: $(STAMP)
	-@sh packaging/linux/apt-install.sh $$($(PY) -m app.system_check)

system-tests: $(STAMP)
	@sh packaging/linux/apt-install.sh $$($(PY) -m app.system_check --for-tests)

system-package: $(STAMP)
	@sh packaging/linux/apt-install.sh $$($(PY) -m app.system_check --for-package)

screenshots: $(STAMP)
	$(PY) -m app --screenshot docs/screenshots/home-light.png --theme light
	$(PY) -m app --screenshot docs/screenshots/home-dark.png --theme dark
	$(PY) -m app --screenshot docs/screenshots/ready-light.png --exercise box --theme light
	$(PY) -m app --screenshot docs/screenshots/pacer-light.png --exercise calm-pace --at 2.5 --theme light
	$(PY) -m app --screenshot docs/screenshots/pacer-dark.png --exercise calm-pace --at 6 --theme dark
	$(PY) -m app --screenshot docs/screenshots/still-light.png --exercise calm-pace --at 1.5 --theme light --still
	$(PY) -m app --screenshot docs/screenshots/steady-me-now-light.png --exercise steady-me-now --at 2.5 --theme light
	$(PY) -m app --screenshot docs/screenshots/grounding-dark.png --exercise grounding --step 1 --theme dark
	$(PY) -m app --screenshot docs/screenshots/words-light.png --exercise use-words --step 5 --theme light
	$(PY) -m app --screenshot docs/screenshots/eyes-light.png --exercise blink-and-look --step 3 --at 4 --theme light
	$(PY) -m app --screenshot docs/screenshots/memories-dark.png --exercise something-warm --step 1 --theme dark
	$(PY) -m app --screenshot docs/screenshots/let-it-out-light.png --show let-it-out --theme light
	$(PY) -m app --screenshot docs/screenshots/help-light.png --show help --theme light
	$(PY) -m app --screenshot docs/screenshots/help-de.png --show help --theme light --language de
	$(PY) -m app --screenshot docs/screenshots/checkin-light.png --show checkin --theme light
	$(PY) -m app --screenshot docs/screenshots/history-light.png --show history --theme light
	$(PY) -m app --screenshot docs/screenshots/plans-light.png --show plans --theme light
	$(PY) -m app --screenshot docs/screenshots/plans-de.png --show plans --theme light --language de
	$(PY) -m app --screenshot docs/screenshots/plans-960x760-dark.png --show plans --theme dark --size 960x760
	$(PY) -m app --screenshot docs/screenshots/plans-1024x600.png --show plans --theme light --size 1024x600
	$(PY) -m app --screenshot docs/screenshots/plan-import-light.png --show plan-import --theme light
	$(PY) -m app --screenshot docs/screenshots/history-dark.png --show history --theme dark
	$(PY) -m app --screenshot docs/screenshots/why-dark.png --show why --theme dark
	$(PY) -m app --screenshot docs/screenshots/mini-light.png --show mini --theme light
	$(PY) -m app --screenshot docs/screenshots/mini-contrast.png --show mini --theme contrast
	$(PY) -m app --screenshot docs/screenshots/home-contrast.png --theme contrast
	$(PY) -m app --screenshot docs/screenshots/pacer-contrast.png --exercise calm-pace --at 2.5 --theme contrast
	$(PY) -m app --screenshot docs/screenshots/home-200.png --text-size 200 --theme light
	$(PY) -m app --screenshot docs/screenshots/pacer-200.png --exercise calm-pace --at 2.5 --text-size 200 --theme light
	$(PY) -m app --screenshot docs/screenshots/grounding-200.png --exercise grounding --step 1 --text-size 200 --theme dark
	$(PY) -m app --screenshot docs/screenshots/keys-light.png --show keys --theme light
	$(PY) -m app --screenshot docs/screenshots/settings-dark.png --show settings --theme dark
	$(PY) -m app --screenshot docs/screenshots/home-de.png --theme light --language de
	$(PY) -m app --screenshot docs/screenshots/pacer-de.png --exercise calm-pace --at 2.5 --theme light --language de
	$(PY) -m app --screenshot docs/screenshots/grounding-de.png --exercise grounding --step 1 --theme dark --language de
	for lang in es fr it nl pt; do \
	    $(PY) -m app --screenshot docs/screenshots/home-$$lang.png --theme light --language $$lang || exit 1; \
	done

# The interface's words: lupdate collects every _t(...), _tn(...) and QT_TRANSLATE_NOOP(...) in app/
# into each language's translation (new texts arrive unfinished, gone ones are dropped) and the "%n" texts
# into the English one (its singular and plural forms); lrelease compiles each into the .qm Steady
# ships. Translate what is unfinished (Qt Linguist, or by hand) and run it again.
LUPDATE := $(VENV)/bin/pyside6-lupdate
LRELEASE := $(VENV)/bin/pyside6-lrelease
LUPDATE_OPTIONS := -tr-function-alias translate+=_t,translate+=_tn -extensions py -no-obsolete -locations relative -source-language en

# Portuguese is written for Brazil (pt_BR), and people in Portugal read it too: Steady calls it "pt".
TRANSLATED := de fr es it nl pt

translations: $(STAMP)
	for lang in $(TRANSLATED); do \
	    target=$$lang; [ $$lang = pt ] && target=pt_BR; \
	    $(LUPDATE) $(LUPDATE_OPTIONS) -target-language $$target app -ts resources/translations/steady_$$lang.ts || exit 1; \
	done
	$(LUPDATE) $(LUPDATE_OPTIONS) -pluralonly app -ts resources/translations/steady_en.ts
	for ts in resources/translations/steady_*.ts; do $(LRELEASE) -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	@$(PY) -c 'import sys, xml.etree.ElementTree as ET; \
	    done = lambda m: not m.find("translation").get("type"); \
	    [print("%s: %d of %d finished (%d %%)" % (p, sum(map(done, ms)), len(ms), 100 * sum(map(done, ms)) // len(ms))) \
	     for p in sys.argv[1:] for ms in [list(ET.parse(p).iter("message"))]]' resources/translations/steady_*.ts

bench-timing: $(STAMP)
	$(PY) tests/benchmarks/phase_lateness.py

# Steady against the floor (start-up, memory, CPU, frames, timing, voice, sizes) -> docs/BENCHMARKS.md.
bench: $(STAMP) system-tests
	$(PY) tests/benchmarks/bench.py
	$(PY) tests/benchmarks/outside.py --json docs/benchmarks/outside.json

bench-voice: $(STAMP)
	$(PY) tests/benchmarks/voice.py --json docs/benchmarks/voice.json

# The installer: a PyInstaller bundle, then a .deb and a .tar.gz in dist/ (offline).
package: $(STAMP) system-package
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/steady.spec
	sh packaging/linux/build-deb.sh dist/steady dist
	@ls -l dist/*.deb dist/*.tar.gz

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
