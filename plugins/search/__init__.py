"""Site search with Pagefind: the search page and its index.

Adds the direct template ``search`` (the page ``SEARCH_SAVE_AS``, by default
sok/index.html) and, once Pelican has written the whole site, runs the
Pagefind binary on the output folder. Pagefind indexes what the templates
mark with ``data-pagefind-body`` and writes its bundle (index, pagefind.js
and the Default UI) to ``<output>/pagefind/``. A failed run stops the build:
a site whose search finds nothing must not be published.
"""

import logging
import re
import shutil
import subprocess
from pathlib import Path

from pagefind.service import get_executable
from pelican import signals

from .stable_index import stabilise

logger = logging.getLogger(__name__)

DEFAULTS = {
    "SEARCH_URL": "sok/index.html",
    "SEARCH_SAVE_AS": "sok/index.html",
    # The folder Pagefind writes its bundle to, relative to the output
    # folder. Keep Pagefind's own name: pagefind.js finds the site's root
    # (so results link right from any subpath) by looking for it.
    "SEARCH_BUNDLE": "pagefind",
    # Parts of indexed pages that are navigation, facts shown as filters or
    # screen reader hints, not text anyone searches for; left in, they also
    # fill the excerpts under each result (classes of theme/).
    "SEARCH_EXCLUDE_SELECTORS": [".post-meta", ".reading-time", ".toc", ".visually-hidden", ".bildtext__label",
                                 ".back-to-top", ".term-links"],
}


class SearchIndexError(Exception):
    pass


def pagefind_executable():
    """The binary from the pinned pagefind-bin package, or the one named by
    PAGEFIND_BINARY_PATH (the pagefind package's own override)."""
    executable = get_executable()
    if executable is None:
        raise SearchIndexError("Pagefind saknas: installera beroendena med `make venv`")
    return executable


def indexed_files(settings):
    """A glob of the files worth indexing: posts and pages, the only ones
    marked with data-pagefind-body. Parsing the long lists (categories,
    archives, partner and topic pages) too would double Pagefind's time
    on a large site."""
    patterns = {re.sub(r"\{[^}]*\}", "*", settings[key]) for key in ("ARTICLE_SAVE_AS", "PAGE_SAVE_AS")}
    return "{" + ",".join(sorted(patterns)) + "}"


def pagefind_command(settings):
    return [
        str(pagefind_executable()),
        "--site", str(settings["OUTPUT_PATH"]),
        "--glob", indexed_files(settings),
        "--output-subdir", settings["SEARCH_BUNDLE"],
        # Result links then end in index.html, like every other link, so
        # they also work from a file share.
        "--keep-index-url",
        "--exclude-selectors", ", ".join(settings["SEARCH_EXCLUDE_SELECTORS"]),
        "--quiet",
    ]


def build_index(settings):
    """Index the written site; raises SearchIndexError if Pagefind fails."""
    bundle = Path(settings["OUTPUT_PATH"]) / settings["SEARCH_BUNDLE"]
    # A bundle left from an earlier build would keep fragments of pages
    # that no longer exist.
    shutil.rmtree(bundle, ignore_errors=True)
    try:
        result = subprocess.run(pagefind_command(settings), capture_output=True, text=True)
    except OSError as error:
        raise SearchIndexError(f"Pagefind kunde inte startas: {error}") from error
    # --quiet leaves only Pagefind's warnings and errors.
    report = "\n".join(part for part in (result.stdout.strip(), result.stderr.strip()) if part)
    if result.returncode != 0:
        raise SearchIndexError(f"Pagefind kunde inte bygga sökindexet (slutkod {result.returncode}):\n{report}")
    if report:
        logger.warning("Pagefind: %s", report)
    try:
        stabilise(bundle)
    except (OSError, ValueError, KeyError, IndexError) as error:
        raise SearchIndexError(f"Pagefinds filterindex kunde inte ordnas: {error}") from error


def add_settings(pelican):
    settings = pelican.settings
    for key, value in DEFAULTS.items():
        settings.setdefault(key, value)
    if "search" not in settings["DIRECT_TEMPLATES"]:
        settings["DIRECT_TEMPLATES"] = [*settings["DIRECT_TEMPLATES"], "search"]


def index_site(pelican):
    build_index(pelican.settings)


def register():
    signals.initialized.connect(add_settings)
    signals.finalized.connect(index_site)
