"""No third-party requests, a Content-Security-Policy on every page, and
everything from metadata escaped wherever it is written."""

import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, Site, pelican
from test_bad_input import content_with

EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)
RESOURCE_ATTRIBUTES = [("script", "src"), ("img", "src"), ("source", "src"), ("source", "srcset"),
                       ("iframe", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
                       ("object", "data"), ("input", "src")]


def resources(soup):
    for tag, attribute in RESOURCE_ATTRIBUTES:
        for element in soup.find_all(tag, attrs={attribute: True}):
            yield element[attribute]
    for link in soup.find_all("link", href=True):
        if set(link.get("rel", [])) & {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest"}:
            yield link["href"]


def test_every_page_carries_the_content_security_policy(site):
    from pelican.settings import read_settings

    policy = read_settings(str(ROOT / "pelicanconf.py"))["CONTENT_SECURITY_POLICY"]
    assert "unsafe-inline" not in policy and "http" not in policy and "*" not in policy
    for path in site.html_files():
        meta = site.page(path.relative_to(site.root)).find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None and meta["content"] == policy, path


def test_no_page_references_an_external_script_style_font_or_image(site):
    for path in site.html_files():
        soup = site.page(path.relative_to(site.root))
        for reference in resources(soup):
            assert reference.startswith("data:") or not EXTERNAL.match(reference), f"{path}: {reference}"


def test_no_inline_script_or_style(site):
    for path in site.html_files():
        soup = site.page(path.relative_to(site.root))
        for script in soup.find_all("script", src=False):
            assert script.get("type") == "application/ld+json", f"{path}: inline-skript"
        assert not soup.find_all("style"), path
        for element in soup.find_all(True):
            assert "style" not in element.attrs, f"{path}: style-attribut på <{element.name}>"
            assert not [a for a in element.attrs if a.lower().startswith("on")], f"{path}: on*-attribut"


def test_stylesheets_load_nothing_from_elsewhere(site):
    for css in site.root.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        for target in re.findall(r"url\(\s*['\"]?([^'\")]+)", text) + re.findall(r"@import\s+['\"]([^'\"]+)", text):
            assert target.startswith("data:") or not EXTERNAL.match(target), f"{css}: {target}"


HOSTILE = '<script>alert("x")</script> & "citat"'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A site built from metadata full of markup, with the content check
    switched off: escaping must hold even if an editor got past the check."""
    tmp_path = tmp_path_factory.mktemp("hostile")

    def add_partner(taxonomy):
        path = taxonomy / "partners" / "companies.yaml"
        path.write_text(path.read_text(encoding="utf-8")
                        + f"\n- name: '{HOSTILE} AB'\n  kind: company\n", encoding="utf-8")

    post = (f"Title: Rubrik {HOSTILE}\nDate: 2020-01-01\nCategory: Gästblogg\nAuthor: Skribent {HOSTILE}\n"
            f"author_role: Roll {HOSTILE}\nSummary: Sammanfattning\nintro_author: Mikael {HOSTILE}\n"
            f"add_partners: {HOSTILE} AB\n\nBrödtext om samverkan.\n")
    content = content_with(tmp_path, posts={"fientlig.md": post}, registry_edit=add_partner)
    output = tmp_path / "out"
    from pelican.settings import read_settings

    plugins = [p for p in read_settings(str(ROOT / "publishconf.py"))["PLUGINS"] if p != "content_check"]
    pelican(content, output, "publishconf.py", f"PLUGINS={json.dumps(plugins)}")
    return Site(output)


def test_metadata_is_escaped_in_html(hostile_site):
    for path in hostile_site.html_files():
        text = path.read_text(encoding="utf-8")
        assert '<script>alert("x")' not in text, path
    page = hostile_site.post("rubrik-alertx-citat")
    assert page.find("h1").get_text() == f"Rubrik {HOSTILE}"


def test_metadata_is_escaped_in_feeds(hostile_site):
    feeds = list(hostile_site.root.rglob("*.xml"))
    assert feeds
    titles = []
    for feed in feeds:
        tree = ElementTree.parse(feed)  # well-formed despite the markup
        titles += [element.text for element in tree.iter() if element.tag.endswith("title")]
    # Feeds drop markup from titles; what remains is escaped text.
    assert 'Rubrik alert("x") & "citat"' in titles


def test_metadata_is_escaped_in_json(hostile_site):
    files = list(hostile_site.root.rglob("*.json"))
    for file in files:
        json.loads(file.read_text(encoding="utf-8"))
    for path in hostile_site.html_files():
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for block in soup.find_all("script", type="application/ld+json"):
            raw = block.string or ""
            assert "</script" not in raw.lower() and "<script" not in raw.lower(), path
            json.loads(raw)
