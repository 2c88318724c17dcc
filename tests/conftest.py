"""Shared fixtures: the site built once per test run, as readers get it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PLUGINS = ROOT / "plugins"
sys.path.insert(0, str(PLUGINS))


def pelican(content, output, settings="publishconf.py", *overrides, check=True):
    """Run Pelican like the Makefile does, with settings `overrides`
    ("KEY=value in JSON", as `pelican -e` takes them); returns the
    CompletedProcess."""
    env = {**os.environ, "PYTHONPATH": str(PLUGINS)}
    # Each build caches next to its own output, never in the project's cache/;
    # one -e carries every override, since a second -e replaces the first.
    cache = f'CACHE_PATH="{Path(output).parent / (Path(output).name + "-cache")}"'
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(output),
               "-s", str(ROOT / settings), "--fatal", "errors", "-e", cache, *overrides]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise AssertionError(f"pelican failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The published site (publishconf.py), built from content/."""
    output = tmp_path_factory.mktemp("site")
    pelican(ROOT / "content", output)
    return Site(output)


@pytest.fixture(scope="session")
def preview(tmp_path_factory):
    """The local preview (pelicanconf.py), as `make html` builds it."""
    output = tmp_path_factory.mktemp("preview")
    pelican(ROOT / "content", output, "pelicanconf.py")
    return Site(output)


class Site:
    def __init__(self, root):
        self.root = Path(root)

    def path(self, relative):
        return self.root / relative

    def page(self, relative):
        path = self.root / relative
        assert path.is_file(), f"{relative} finns inte i den byggda webbplatsen"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def html_files(self):
        return sorted(self.root.rglob("*.html"))

    def post(self, slug):
        return self.page(f"inlagg/{slug}/index.html")
