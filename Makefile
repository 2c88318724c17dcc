# Build, preview, test and publish the site. Targets follow Pelican's
# quickstart Makefile; every target that needs Python first creates .venv
# and installs the pinned dependencies (requirements.txt).

PYTHON_SYSTEM ?= python3
VENV          := $(CURDIR)/.venv
PY            := $(VENV)/bin/python
PELICAN       := $(VENV)/bin/pelican
PELICANOPTS   ?=

BASEDIR       := $(CURDIR)
INPUTDIR      := $(BASEDIR)/content
OUTPUTDIR     := $(BASEDIR)/output
CONFFILE      := $(BASEDIR)/pelicanconf.py
PUBLISHCONF   := $(BASEDIR)/publishconf.py

HOST ?= 127.0.0.1
PORT ?= 8000

SSH_HOST       ?=
SSH_PORT       ?= 22
SSH_USER       ?=
SSH_TARGET_DIR ?=

GITHUB_PAGES_REMOTE ?= origin
GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_PAGES_COMMIT_MESSAGE ?= Publicera webbplatsen

FILES ?=

export PYTHONPATH := $(BASEDIR)/plugins
MAKEFLAGS += --no-print-directory

VENV_STAMP := $(VENV)/.installed

.PHONY: help venv browser bench-tools html clean regenerate serve devserver publish check test \
        extract candidates bench rsync_upload github

help:
	@echo 'Användning:'
	@echo '  make html          bygg webbplatsen i output/ (förhandsgranskning)'
	@echo '  make serve         bygg och visa på http://$(HOST):$(PORT)/'
	@echo '  make devserver     som serve, men bygger om vid varje ändring'
	@echo '  make regenerate    bygg om vid varje ändring, utan server'
	@echo '  make check         kontrollera inläggens metadata och registren'
	@echo '  make test          kör alla tester'
	@echo '  make browser       installera Chromium och Java för webbläsar- och HTML-testerna'
	@echo '  make extract FILES="a.md b.md"   partner och ämnen per fil (JSON)'
	@echo '  make candidates    okända organisationer att granska'
	@echo '  make bench         prestandamätning'
	@echo '  make publish       bygg den publicerade versionen i output/'
	@echo '  make rsync_upload  publicera och ladda upp med rsync (SSH_HOST m.fl.)'
	@echo '  make github        publicera till GitHub Pages med ghp-import'
	@echo '  make clean         ta bort output/'

# Progress goes to stderr, so `make extract` prints nothing but JSON on
# stdout even on its first run.
$(VENV_STAMP): requirements.txt constraints.txt
	@echo "Installerar beroenden i .venv (första gången tar det någon minut) ..." >&2
	@test -x $(PY) || $(PYTHON_SYSTEM) -m venv $(VENV) >&2
	@# PyICU (Swedish collation) compiles against the system's ICU.
	@missing=$$(pkg-config --exists icu-i18n 2>/dev/null || echo pkg-config libicu-dev); \
	if [ -n "$$missing" ]; then $(APT_INSTALL); fi
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt >&2
	@touch $@

venv: $(VENV_STAMP)

html: check
	$(PELICAN) "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" --fatal errors $(PELICANOPTS)

clean:
	rm -rf "$(OUTPUTDIR)" "$(OUTPUTDIR).tmp" "$(OUTPUTDIR).old"

regenerate: $(VENV_STAMP)
	$(PELICAN) -r "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS)

serve: html
	$(PELICAN) -l "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" -b $(HOST) -p $(PORT) $(PELICANOPTS)

devserver: $(VENV_STAMP)
	$(PELICAN) -lr "$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" -b $(HOST) -p $(PORT) $(PELICANOPTS)

# `check` first, so an editor sees every content problem as a plain
# `file:line: message` list. Then build into a temporary folder and replace
# output/ only when the build succeeded: a failed build leaves the last good
# site in place.
publish: check
	rm -rf "$(OUTPUTDIR).tmp"
	$(PELICAN) "$(INPUTDIR)" -o "$(OUTPUTDIR).tmp" -s "$(PUBLISHCONF)" --fatal errors $(PELICANOPTS)
	rm -rf "$(OUTPUTDIR).old"
	if [ -d "$(OUTPUTDIR)" ]; then mv "$(OUTPUTDIR)" "$(OUTPUTDIR).old"; fi
	mv "$(OUTPUTDIR).tmp" "$(OUTPUTDIR)"
	rm -rf "$(OUTPUTDIR).old"

check: $(VENV_STAMP)
	$(PY) -m content_check "$(INPUTDIR)"

# Installs the Debian packages named in $$missing (as root, or with sudo),
# for what pip and npm cannot bring: nothing is downloaded at test time.
APT_INSTALL = \
	if [ "$$(id -u)" = 0 ]; then sudo=; \
	elif command -v sudo >/dev/null; then sudo=sudo; \
	else echo "Saknas: "$$missing". Installera som root: apt-get install "$$missing >&2; exit 1; fi; \
	echo "Installerar "$$missing" från Debian ..." >&2; \
	$$sudo apt-get update -qq >&2 && \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >&2

# Installs, of the programs in $(1) (program=package), those missing.
define INSTALL_MISSING
	@missing=$$(for tool in $(1); do command -v $${tool%%=*} >/dev/null || echo $${tool#*=}; done); \
	if [ -n "$$missing" ]; then $(APT_INSTALL); fi
endef

# The browser tests drive Debian's Chromium and the HTML tests run the Nu
# HTML Checker on Java: both come from Debian, since no browser or JDK can
# be downloaded at test time.
browser:
	$(call INSTALL_MISSING,chromium=chromium java=default-jre-headless)

# The benchmark counts instructions with Valgrind.
bench-tools:
	$(call INSTALL_MISSING,valgrind=valgrind)

test: $(VENV_STAMP) browser
	$(PY) -m pytest

rsync_upload: publish
	rsync -e "ssh -p $(SSH_PORT)" -P -rvzc --cvs-exclude --delete "$(OUTPUTDIR)"/ "$(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)"

github: publish
	$(VENV)/bin/ghp-import -m "$(GITHUB_PAGES_COMMIT_MESSAGE)" -b $(GITHUB_PAGES_BRANCH) "$(OUTPUTDIR)" --no-jekyll
	git push $(GITHUB_PAGES_REMOTE) $(GITHUB_PAGES_BRANCH)

extract: $(VENV_STAMP)
	@test -n "$(FILES)" || { echo 'Ange filer: make extract FILES="a.md b.md"' >&2; exit 2; }
	@$(PY) -m partners -s "$(CONFFILE)" extract $(FILES)

candidates: $(VENV_STAMP)
	@$(PY) -m partners -s "$(CONFFILE)" candidates "$(INPUTDIR)"

bench: $(VENV_STAMP) bench-tools
	$(PY) tests/benchmark.py
