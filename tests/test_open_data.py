"""Open data (plugins/open_data): the JSON files follow their schemas, say
what the pages say, and are documented on the page "Öppna data"."""

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
from jsonschema import Draft202012Validator

from conftest import PLUGINS

FILES = ["posts", "partners", "topics"]
SCHEMAS = PLUGINS / "open_data" / "schemas"
PAGE = "oppna-data/index.html"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"


def load(site, name):
    return json.loads(site.path(f"data/{name}.json").read_text(encoding="utf-8"))


def schema(name):
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def listed_posts(site, page):
    """Slugs of the posts a partner or topic page lists."""
    links = site.page(page).find("main").select(".post-list__title a")
    return [Path(urljoin(page, link["href"])).parent.name for link in links]


@pytest.mark.parametrize("name", FILES)
def test_schema_is_a_valid_json_schema(name):
    Draft202012Validator.check_schema(schema(name))


@pytest.mark.parametrize("name", FILES)
def test_file_follows_its_schema(site, name):
    validator = Draft202012Validator(schema(name), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(load(site, name))]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("name", FILES)
def test_file_is_cc0_and_published_with_its_schema(site, name):
    assert load(site, name)["license"] == CC0
    published = json.loads(site.path(f"data/schemas/{name}.schema.json").read_text(encoding="utf-8"))
    assert published == schema(name)


def test_every_post_is_in_posts_json_as_its_page_shows_it(site):
    posts = load(site, "posts")["posts"]
    assert {post["slug"] for post in posts} == {path.parent.name for path in site.root.glob("inlagg/*/index.html")}
    assert [post["date"] for post in posts] == sorted((post["date"] for post in posts), reverse=True)
    for post in posts:
        page = site.page(post["url"])
        assert page.find("h1").get_text(strip=True) == post["title"]
        assert post["date"] in [time["datetime"] for time in page.find("article").find_all("time")]
        assert page.find("link", rel="canonical")["href"] == post["absolute_url"]
        text = page.find("article").get_text(" ")
        for author in post["authors"]:
            assert author["name"] in text
            assert site.path(f"skribent/{author['slug']}/index.html").is_file()
        assert site.path(f"kategori/{post['category']['slug']}/index.html").is_file()


def test_conference_carries_its_event(site):
    conference = next(post for post in load(site, "posts")["posts"] if post["event"])
    assert conference["event"] == {"date": "2012-05-30", "venue": "Hotell Höga Kusten, Hornöberget",
                                   "organiser": "Länsstyrelsen Västernorrland"}
    assert conference["category"] == {"name": "Konferensdokumentation", "slug": "konferensdokumentation"}


@pytest.mark.parametrize("name, key", [("partners", "name"), ("topics", "label")])
def test_partner_and_topic_counts_equal_their_pages(site, name, key):
    terms = load(site, name)[name]
    assert terms
    for term in terms:
        page = site.page(term["url"])
        assert page.find("h1").get_text(strip=True) == term[key]
        assert listed_posts(site, term["url"]) == term["posts"]
        assert term["post_count"] == len(term["posts"])
        assert page.find("link", rel="canonical")["href"] == term["absolute_url"]


def test_posts_partners_and_topics_point_to_each_other(site):
    posts = load(site, "posts")["posts"]
    for name, key in [("partners", "name"), ("topics", "label")]:
        terms = load(site, name)[name]
        for term in terms:
            mentioning = [post["slug"] for post in posts if term["slug"] in {t["slug"] for t in post[name]}]
            assert mentioning == term["posts"], term[key]
        named = {t["slug"] for post in posts for t in post[name]}
        assert named == {term["slug"] for term in terms}


def test_partner_kind_and_website(site):
    partners = {partner["name"]: partner for partner in load(site, "partners")["partners"]}
    harnosand = partners["Härnösands kommun"]
    assert harnosand["kind"] == {"key": "municipality", "label": "Kommun"}
    assert harnosand["website"] == "https://harnosand.se"
    assert partners["Annorlunda Konsult"]["website"] is None


def test_preview_has_the_same_data_without_absolute_urls(site, preview):
    for name in FILES:
        published, local = load(site, name), load(preview, name)
        for entry in local[name]:
            assert entry.pop("absolute_url") is None
        for entry in published[name]:
            assert entry.pop("absolute_url").startswith("https://")
        assert local == published


def test_open_data_page_links_every_file_and_documents_every_field(site):
    page = site.page(PAGE)
    main = page.find("main")
    assert "CC0" in main.get_text()
    targets = {urljoin(PAGE, a["href"]) for a in main.find_all("a", href=True)}
    documented = {code.get_text() for code in main.select("th[scope=row] code")}
    for name in FILES:
        assert {f"data/{name}.json", f"data/schemas/{name}.schema.json"} <= targets
        for entry in load(site, name)[name]:
            assert set(entry) <= documented, name


def test_footer_links_to_the_open_data_page(site):
    for path in ["index.html", "inlagg/ensam-ar-inte-stark/index.html", "partner/index.html"]:
        links = [urljoin(path, a["href"]) for a in site.page(path).find("footer", class_="site-footer").find_all("a", href=True)]
        assert PAGE in links, path
