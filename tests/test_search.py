"""Site search (plugins/search): the Pagefind index the build writes,
searched for real with Pagefind's own search code, the search page and the
search field on every page."""

import gzip
import json
import os
import shutil
import subprocess
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from conftest import ROOT, pelican

UI = yaml.safe_load((ROOT / "theme" / "strings.sv.yaml").read_text(encoding="utf-8"))
FILTERS = UI["search"]["filters"]
BUNDLE = "pagefind"
SEARCH_PAGE = "sok/index.html"
CONFERENCE = "/inlagg/kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt/index.html"
ENSAM = "/inlagg/ensam-ar-inte-stark/index.html"
KOMMUNERNA = "/inlagg/samarbetet-med-kommunerna-avgorande/index.html"


def post_urls(site):
    return {"/" + path.relative_to(site.root).as_posix() for path in site.root.glob("inlagg/*/index.html")}


def fragments(site):
    """Every indexed page as Pagefind stores it: url, content, filters, meta."""
    records = []
    for path in sorted((site.root / BUNDLE / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(b"pagefind_dcd"), path
        records.append(json.loads(raw[len(b"pagefind_dcd"):]))
    return records


@pytest.fixture(scope="module")
def search(site):
    """Runs queries with Pagefind's pagefind.js and WebAssembly in Node."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node.js saknas: sökningen kan inte köras utanför en webbläsare")

    def run(*queries):
        command = [node, str(ROOT / "tests" / "pagefind_search.mjs"), str(site.root / BUNDLE),
                   json.dumps([query if isinstance(query, dict) else {"term": query} for query in queries])]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    return run


def test_the_build_indexes_every_post_and_page_in_swedish(site):
    entry = json.loads(site.path(f"{BUNDLE}/pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["sv"]
    # Swedish has its own WebAssembly build, the one with the Swedish stemmer.
    assert entry["languages"]["sv"]["wasm"] == "sv" and site.path(f"{BUNDLE}/wasm.sv.pagefind").is_file()
    urls = {record["url"] for record in fragments(site)}
    pages = {"/om/index.html", "/tillganglighetsredogorelse/index.html", "/oppna-data/index.html"}
    assert post_urls(site) | pages == urls
    assert entry["languages"]["sv"]["page_count"] == len(urls)


def test_only_the_main_content_is_indexed(site):
    for record in fragments(site):
        for chrome in [UI["skip_link"], UI["footer_text"], UI["search"]["label"]]:
            assert chrome not in record["content"], (record["url"], chrome)
    ensam = next(record for record in fragments(site) if record["url"] == ENSAM)
    assert "Ensam är inte stark" in ensam["content"] and "Malin Ullström" in ensam["content"]
    # A topic is a filter value, not text of the post.
    assert "Uppföljning och analys" in ensam["filters"][FILTERS["topic"]]
    assert "Uppföljning och analys" not in ensam["content"]


def test_search_finds_harnosand_in_the_conference_and_a_guest_post(search):
    hits = [hit["url"] for hit in search("Härnösand")["results"][0]]
    assert CONFERENCE in hits and ENSAM in hits


def test_search_finds_swedish_inflections(search):
    # "kommunen" finds "kommunerna": the Swedish stemmer at work.
    hits = search("kommunen")["results"][0]
    assert KOMMUNERNA in [hit["url"] for hit in hits]


def test_every_post_can_be_found_by_its_title(site, search):
    titles = {record["url"]: record["meta"]["title"] for record in fragments(site)}
    posts = sorted(post_urls(site))
    results = search(*[titles[url] for url in posts])["results"]
    for url, hits in zip(posts, results):
        assert url in [hit["url"] for hit in hits[:3]], titles[url]


def test_results_carry_title_and_swedish_date(search):
    hit = next(hit for hit in search("Ensam är inte stark")["results"][0] if hit["url"] == ENSAM)
    assert hit["title"] == "Ensam är inte stark"
    assert hit["meta"][UI["published"]] == "2 december 2015"


def test_filters_partner_topic_category_and_year(site, search):
    filters = search("samverkan")["filters"]
    assert set(filters) == {FILTERS["partner"], FILTERS["topic"], FILTERS["category"], FILTERS["year"]}
    assert set(filters[FILTERS["year"]]) == {"2012", "2015", "2017", "2021"}
    assert filters[FILTERS["category"]] == {"Gästblogg": 4, "Konferensdokumentation": 1}
    # Every partner and topic is a filter value, counting the same posts
    # as its page (tests/test_open_data.py checks the files against the pages).
    for file, key, name in [("partners", "partner", "name"), ("topics", "topic", "label")]:
        terms = json.loads(site.path(f"data/{file}.json").read_text(encoding="utf-8"))[file]
        assert filters[FILTERS[key]] == {term[name]: term["post_count"] for term in terms}


def test_filters_narrow_the_results(search):
    hits = search({"term": "Härnösand", "filters": {FILTERS["year"]: "2015"}})["results"][0]
    assert [hit["url"] for hit in hits] == [ENSAM]
    hits = search({"term": "Härnösand", "filters": {FILTERS["partner"]: "Härnösands kommun"}})["results"][0]
    assert [hit["url"] for hit in hits] == [CONFERENCE]


def test_search_page_loads_pagefind_ui_from_the_bundle(site):
    page = site.page(SEARCH_PAGE)
    scripts = [urljoin(SEARCH_PAGE, script["src"]) for script in page.find_all("script", src=True)]
    assert scripts == [f"{BUNDLE}/pagefind-ui.js", "theme/js/search.js"]
    styles = [urljoin(SEARCH_PAGE, link["href"]) for link in page.find_all("link", rel="stylesheet")]
    assert f"{BUNDLE}/pagefind-ui.css" in styles
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.find(id="sokresultat") is not None


def test_pagefind_ui_speaks_swedish(site):
    # The Default UI picks its texts from <html lang>; Swedish must be among them.
    assert site.page(SEARCH_PAGE).find("html")["lang"] == "sv"
    ui = site.path(f"{BUNDLE}/pagefind-ui.js").read_text(encoding="utf-8")
    assert '"../../translations/sv.json"' in ui and 'placeholder:"S\\xF6k"' in ui


def test_search_page_without_javascript_leads_to_the_indexes(site):
    page = site.page(SEARCH_PAGE)
    fallback = page.find(id="sok-utan-javascript")
    assert UI["search"]["no_script"].split(",")[0] in fallback.get_text()
    targets = {urljoin(SEARCH_PAGE, a["href"]) for a in fallback.find_all("a")}
    assert targets == {"partner/index.html", "amne/index.html", "arkiv/index.html"}


def test_search_script_runs_the_query_from_the_address(site):
    script = site.path("theme/js/search.js").read_text(encoding="utf-8")
    assert "URLSearchParams" in script and '.get("q")' in script and "triggerSearch" in script


def test_every_page_has_a_search_field_that_works_without_javascript(site):
    for path in site.html_files():
        relative = path.relative_to(site.root).as_posix()
        form = site.page(relative).find("form", role="search")
        assert form is not None, relative
        assert form["method"] == "get"
        assert urlsplit(urljoin(relative, form["action"])).path == SEARCH_PAGE, relative
        field = form.find("input", attrs={"name": "q"})
        label = form.find("label", attrs={"for": field["id"]})
        assert label is not None and label.get_text(strip=True) == UI["search"]["label"], relative


def test_a_failing_pagefind_run_fails_the_build(tmp_path, monkeypatch):
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: trasigt index' >&2\nexit 3\n")
    broken.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(broken))
    result = pelican(ROOT / "content", tmp_path / "out", "publishconf.py", check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "SearchIndexError" in output and "trasigt index" in output


def index_settings(folder):
    from pelican.settings import read_settings
    from search import DEFAULTS

    site = read_settings(str(ROOT / "publishconf.py"))
    return {**DEFAULTS, "OUTPUT_PATH": str(folder),
            "ARTICLE_SAVE_AS": site["ARTICLE_SAVE_AS"], "PAGE_SAVE_AS": site["PAGE_SAVE_AS"]}


def page(folder, html):
    """A page where the site keeps its pages: <slug>/index.html."""
    path = folder / "sida" / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html)


def test_indexing_replaces_the_previous_index(tmp_path):
    from search import build_index

    stale = tmp_path / BUNDLE / "fragment" / "borttagen-sida.pf_fragment"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"")
    page(tmp_path, '<html lang="sv"><body><main data-pagefind-body>Text</main></body></html>')
    build_index(index_settings(tmp_path))
    assert (tmp_path / BUNDLE / "pagefind-entry.json").is_file() and not stale.exists()


def test_nothing_to_index_is_an_error(tmp_path):
    from search import SearchIndexError, build_index

    page(tmp_path, "")
    with pytest.raises(SearchIndexError, match="sökindexet"):
        build_index(index_settings(tmp_path))


def test_a_binary_that_cannot_start_is_an_error(tmp_path, monkeypatch):
    from search import SearchIndexError, build_index

    monkeypatch.setenv("PAGEFIND_BINARY_PATH", os.devnull)
    page(tmp_path, '<html lang="sv"><body>Text</body></html>')
    with pytest.raises(SearchIndexError, match="kunde inte startas"):
        build_index(index_settings(tmp_path))
