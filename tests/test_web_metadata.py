"""What the web reads besides the pages (plugins/web_metadata): sitemap,
robots.txt, canonical addresses, OpenGraph, JSON-LD and feeds."""

import datetime
import json
import xml.etree.ElementTree as ElementTree
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT

UI = yaml.safe_load((ROOT / "theme" / "strings.sv.yaml").read_text(encoding="utf-8"))
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM_NS = "{http://www.w3.org/2005/Atom}"
UNLISTED = {"404.html", "sok/index.html"}
CONFERENCE = "inlagg/kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt/index.html"
GUEST_POSTS = ["ensam-ar-inte-stark", "samarbetet-med-kommunerna-avgorande",
               "fordjupa-dialogen-och-skapa-battre-matchning", "tillsammans-satter-vi-fokus-pa-arbetsmarknadens-behov"]


@pytest.fixture(scope="module")
def base():
    """The published site's address, as publishconf.py sets it."""
    from pelican.settings import read_settings

    return read_settings(str(ROOT / "publishconf.py"))["CANONICAL_SITEURL"].rstrip("/")


def pages(site):
    return [path.relative_to(site.root).as_posix() for path in site.html_files()]


def clean(base, path):
    return f"{base}/{path.removesuffix('index.html')}"


def sitemap(site):
    tree = ElementTree.parse(site.path("sitemap.xml"))
    assert tree.getroot().tag == f"{SITEMAP_NS}urlset"
    return {url.findtext(f"{SITEMAP_NS}loc"): url.findtext(f"{SITEMAP_NS}lastmod")
            for url in tree.getroot().findall(f"{SITEMAP_NS}url")}


def json_ld(soup):
    return [json.loads(block.string) for block in soup.find_all("script", type="application/ld+json")]


def alternates(soup, page):
    return {urljoin(page, link["href"]): link["type"] for link in soup.find_all("link", rel="alternate")}


def test_sitemap_lists_every_page_but_the_error_and_search_pages(site, base):
    urls = sitemap(site)
    assert base.startswith("https://") and "localhost" not in base
    assert set(urls) == {clean(base, page) for page in pages(site) if page not in UNLISTED}
    text = site.path("sitemap.xml").read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert list(urls) == sorted(urls)
    for slug in GUEST_POSTS:
        assert clean(base, f"inlagg/{slug}/index.html") in urls
    for folder in ["partner", "amne"]:
        for page in site.root.glob(f"{folder}/*/index.html"):
            assert clean(base, page.relative_to(site.root).as_posix()) in urls


def test_sitemap_dates_posts_and_lists(site, base):
    urls = sitemap(site)
    assert urls[clean(base, CONFERENCE)] == "2012-05-30"
    assert urls[clean(base, "inlagg/ensam-ar-inte-stark/index.html")] == "2015-12-02"
    # A list changes with its newest post.
    assert urls[f"{base}/"] == "2021-04-20"
    assert urls[clean(base, "arkiv/2017/index.html")] == "2017-10-17"
    assert urls[clean(base, "partner/harnosands-kommun/index.html")] == "2012-05-30"


def test_robots_txt_allows_all_and_points_to_the_sitemap(site, base):
    lines = site.path("robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines and "Allow: /" in lines
    assert not [line for line in lines if line.startswith("Disallow:") and line != "Disallow:"]
    assert f"Sitemap: {base}/sitemap.xml" in lines


def test_published_pages_have_absolute_canonical_and_og_url(site, base):
    for page in pages(site):
        soup = site.page(page)
        canonical = soup.find("link", rel="canonical")
        og_url = soup.find("meta", property="og:url")
        if page in UNLISTED:
            assert canonical is None and og_url is None, page
            continue
        assert canonical["href"] == clean(base, page), page
        assert og_url["content"] == canonical["href"], page
        assert urlsplit(canonical["href"]).scheme == "https", page


def test_local_preview_has_no_canonical_address(preview):
    for page in ["index.html", CONFERENCE, "partner/harnosands-kommun/index.html"]:
        soup = preview.page(page)
        assert soup.find("link", rel="canonical") is None and soup.find("meta", property="og:url") is None
    assert not preview.path("sitemap.xml").exists() and not preview.path("robots.txt").exists()


@pytest.mark.parametrize("page, kind", [(CONFERENCE, "article"), ("inlagg/ensam-ar-inte-stark/index.html", "article"),
                                        ("index.html", "website"), ("partner/harnosands-kommun/index.html", "website")])
def test_opengraph_and_twitter_card(site, page, kind):
    soup = site.page(page)

    def meta(attribute, name):
        return soup.find("meta", attrs={attribute: name})["content"]

    assert meta("property", "og:type") == kind
    assert meta("property", "og:locale") == "sv_SE"
    assert meta("property", "og:site_name") == "Samverkansbloggen"
    assert meta("property", "og:description") == meta("name", "description")
    assert meta("name", "twitter:card") == "summary"
    if page != "index.html":
        assert meta("property", "og:title") == soup.find("h1").get_text(strip=True)
        assert meta("name", "twitter:title") == meta("property", "og:title")


def test_every_json_ld_block_parses(site):
    for page in pages(site):
        for block in json_ld(site.page(page)):
            assert block["@context"] == "https://schema.org" and block["@type"], page


@pytest.mark.parametrize("slug", GUEST_POSTS)
def test_guest_posts_are_blog_postings(site, base, slug):
    soup = site.post(slug)
    [posting] = json_ld(soup)
    assert posting["@type"] == "BlogPosting"
    assert posting["headline"] == soup.find("h1").get_text(strip=True)
    assert posting["datePublished"][:10] == soup.find("article").find("time")["datetime"]
    assert posting["url"] == f"{base}/inlagg/{slug}/"
    assert posting["publisher"] == {"@type": "Organization", "name": "Arbetsförmedlingen"}
    assert posting["author"] and all(author["name"] for author in posting["author"])
    partners = {link.get_text(strip=True) for link in soup.select(".term-links a[href*='partner/']")}
    assert {organisation["name"] for organisation in posting["mentions"]} == partners


def test_conference_is_an_event(site):
    blocks = {block["@type"]: block for block in json_ld(site.page(CONFERENCE))}
    assert set(blocks) == {"BlogPosting", "Event"}
    event = blocks["Event"]
    assert event["startDate"] == "2012-05-30"
    assert event["location"] == {"@type": "Place", "name": "Hotell Höga Kusten",
                                 "address": "Hotell Höga Kusten, Hornöberget"}
    assert event["organizer"] == {"@type": "Organization", "name": "Länsstyrelsen Västernorrland"}
    # The byline is an organisation, not a person.
    assert blocks["BlogPosting"]["author"][0]["@type"] == "Organization"


def test_partner_pages_are_organizations(site, base):
    [harnosand] = json_ld(site.page("partner/harnosands-kommun/index.html"))
    assert harnosand["@type"] == "Organization" and harnosand["name"] == "Härnösands kommun"
    assert harnosand["url"] == "https://harnosand.se" and harnosand["sameAs"] == ["https://harnosand.se"]
    assert harnosand["mainEntityOfPage"] == f"{base}/partner/harnosands-kommun/"
    # Without a known website the partner's page here is its address.
    [annorlunda] = json_ld(site.page("partner/annorlunda-konsult/index.html"))
    assert annorlunda["url"] == f"{base}/partner/annorlunda-konsult/" and "sameAs" not in annorlunda


def test_home_is_the_website_with_its_search(site, base):
    [website] = json_ld(site.page("index.html"))
    assert website["@type"] == "WebSite" and website["url"] == f"{base}/"
    assert website["potentialAction"]["target"] == f"{base}/sok/?q={{search_term_string}}"


def feeds(site):
    return sorted(path.relative_to(site.root).as_posix() for path in site.root.rglob("*.xml")
                  if path.name != "sitemap.xml")


def test_feeds_are_well_formed_atom_and_rss(site):
    found = feeds(site)
    for required in ["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/kategori/gastblogg.rss.xml",
                     "partner/harnosands-kommun/atom.xml", "partner/harnosands-kommun/rss.xml",
                     "amne/samverkan/atom.xml", "amne/samverkan/rss.xml"]:
        assert required in found
    for feed in found:
        root = ElementTree.parse(site.path(feed)).getroot()
        assert root.tag == (f"{ATOM_NS}feed" if feed.endswith(".atom.xml") or feed.endswith("/atom.xml") else "rss")
    rss = ElementTree.parse(site.path("partner/harnosands-kommun/rss.xml")).getroot()
    assert [item.findtext("title") for item in rss.iter("item")] == [
        "Kompetenslyftet – strategisk kompetensförsörjning för tillväxt"]


def test_feeds_are_linked_where_they_apply(site):
    site_feeds = {"feeds/all.atom.xml": "application/atom+xml", "feeds/all.rss.xml": "application/rss+xml"}
    for page in pages(site):
        links = alternates(site.page(page), page)
        assert site_feeds.items() <= links.items(), page
        category = page.split("/")[1] if page.startswith("kategori/") and page.count("/") == 2 else None
        if page.startswith("inlagg/"):
            category = "konferensdokumentation" if page == CONFERENCE else "gastblogg"
        term = page.rpartition("/")[0] if page.count("/") == 2 and page.split("/")[0] in ("partner", "amne") else None
        expected = dict(site_feeds)
        if category:
            expected |= {f"feeds/kategori/{category}.atom.xml": "application/atom+xml",
                         f"feeds/kategori/{category}.rss.xml": "application/rss+xml"}
        if term:
            expected |= {f"{term}/atom.xml": "application/atom+xml", f"{term}/rss.xml": "application/rss+xml"}
        assert links == expected, page
    linked = {target for page in pages(site) for target in alternates(site.page(page), page)}
    assert linked == set(feeds(site))


def test_json_ld_cannot_break_out_of_its_script_element():
    from web_metadata.structured_data import StructuredData, json_for_html

    hostile = '</script><script>alert(1)</script> & <!--'
    author = SimpleNamespace(name=f"Skribent {hostile}", url="skribent/x/index.html")
    article = SimpleNamespace(
        title=f"Rubrik {hostile}", summary=f"<p>Sammanfattning {hostile.replace('<', '&lt;')}</p>",
        url="inlagg/x/index.html", date=datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc),
        category=SimpleNamespace(name="Gästblogg"), authors=[author], partners=[], topics=[],
        event_date=datetime.date(2020, 1, 2), venue=hostile, organiser=hostile)
    settings = {"CANONICAL_SITEURL": "https://exempel.se", "UI": UI, "DEFAULT_LANG": "sv",
                "SITENAME": "Samverkansbloggen", "INDEX_SAVE_AS": "index.html"}
    blocks = StructuredData(settings).for_page({"article": article})
    assert [block["@type"] for block in blocks] == ["BlogPosting", "Event"]
    for block in blocks:
        text = json_for_html(block)
        assert "<" not in text and ">" not in text and "&" not in text
        assert json.loads(text) == block
        # What a browser's HTML parser sees: one script element, its text intact.
        soup = BeautifulSoup(f'<script type="application/ld+json">{text}</script>', "html.parser")
        assert len(soup.find_all("script")) == 1 and json.loads(soup.script.string) == block
    assert json.loads(json_for_html(blocks[0]))["headline"] == f"Rubrik {hostile}"


def test_json_ld_terms_follow_the_site_address_and_the_registry():
    """The partners and topics a post names are made once and shared by
    every post that names them: a site published at another address, or a
    partner whose website the registry has since learnt, must still get its
    own objects (a devserver builds again in the same process)."""
    from web_metadata.structured_data import StructuredData

    partner = SimpleNamespace(name="Härnösands kommun", url="partner/harnosands-kommun/index.html", website="")
    topic = SimpleNamespace(name="Samverkan", url="amne/samverkan/index.html")
    article = SimpleNamespace(
        title="Rubrik", summary="", url="inlagg/x/index.html", authors=[],
        date=datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc), category=None,
        partners=[partner], topics=[topic])

    def posting(address):
        settings = {"CANONICAL_SITEURL": address, "UI": UI, "DEFAULT_LANG": "sv"}
        return StructuredData(settings).for_page({"article": article})[0]

    first = posting("https://exempel.se")
    assert first["mentions"] == [{"@type": "Organization", "name": "Härnösands kommun",
                                  "url": "https://exempel.se/partner/harnosands-kommun/"}]
    assert first["about"] == [{"@type": "DefinedTerm", "name": "Samverkan", "url": "https://exempel.se/amne/samverkan/"}]
    moved = posting("https://annan.example/blogg/")
    assert moved["mentions"][0]["url"] == "https://annan.example/blogg/partner/harnosands-kommun/"
    assert moved["about"][0]["url"] == "https://annan.example/blogg/amne/samverkan/"
    partner.website = "https://harnosand.se"
    assert posting("https://exempel.se")["mentions"] == [{
        "@type": "Organization", "name": "Härnösands kommun", "url": "https://harnosand.se",
        "sameAs": ["https://harnosand.se"]}]
