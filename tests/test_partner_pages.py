"""The partner and topic pages and feeds readers browse and follow."""

import shutil
import xml.etree.ElementTree as ElementTree

from bs4 import BeautifulSoup

from conftest import ROOT, pelican

CONFERENCE = "kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt"
ATOM = "{http://www.w3.org/2005/Atom}"


def names(soup):
    return [a.get_text(strip=True) for a in soup.find_all("a")]


def test_partner_index_groups_by_kind_in_swedish_order(site):
    main = site.page("partner/index.html").find("main")
    groups = {section.find("h2").get_text(strip=True): section.find("ul", class_="term-list")
              for section in main.find_all("section") if section.find("ul", class_="term-list")}
    assert {"Statliga myndigheter", "Kommuner", "Länsstyrelser"} <= set(groups)
    municipalities = [name for name in names(groups["Kommuner"]) if name.endswith(" kommun")]
    assert municipalities == ["Haninge kommun", "Härnösands kommun", "Kramfors kommun", "Sollefteå kommun",
                              "Sundsvalls kommun", "Timrå kommun", "Ånge kommun", "Örnsköldsviks kommun"]
    from swedish.collation import sv_key

    for section in groups.values():
        assert names(section) == sorted(names(section), key=sv_key)
    assert "Arbetsförmedlingen (5 inlägg)" in " ".join(groups["Statliga myndigheter"].get_text(" ").split())


def test_partner_page_lists_every_post_newest_first_with_a_snippet(site):
    page = site.page("partner/arbetsformedlingen/index.html")
    assert page.find("h1").get_text(strip=True) == "Arbetsförmedlingen"
    facts = " ".join(page.find("dl").get_text(" ").split())
    assert "Statlig myndighet" in facts and "arbetsformedlingen.se" in facts
    titles = [h.get_text(strip=True) for h in page.find("main").find_all("h2", class_="post-list__title")]
    assert titles == ["Tillsammans sätter vi fokus på arbetsmarknadens behov",
                      "Fördjupa dialogen och skapa bättre matchning", "Samarbetet med kommunerna avgörande",
                      "Ensam är inte stark", "Kompetenslyftet – strategisk kompetensförsörjning för tillväxt"]
    snippets = [s.get_text(" ", strip=True) for s in page.find_all("blockquote")]
    assert len(snippets) == 5 and all("Arbetsförmedling" in s or "Af" in s for s in snippets)


def test_slugs_are_ascii(site):
    assert site.path("partner/ornskoldsviks-kommun/index.html").is_file()
    assert site.path("partner/ange-kommun/index.html").is_file()
    assert site.path("amne/kompetensforsorjning/index.html").is_file()


def test_topic_pages_describe_the_topic(site):
    index = site.page("amne/index.html").find("main")
    assert "Kompetensförsörjning" in names(index)
    page = site.page("amne/kompetensforsorjning/index.html")
    assert page.find("h1").get_text(strip=True) == "Kompetensförsörjning"
    assert page.find(class_="lead").get_text(strip=True)
    listed = index.find("a", string="Kompetensförsörjning").find_next(class_="term-list__count").get_text()
    titles = page.find("main").find_all("h2", class_="post-list__title")
    assert listed == f"({len(titles)} inlägg)" and len(titles) >= 4


def test_every_post_links_its_partners_and_topics(site):
    page = site.post(CONFERENCE)
    links = {a.get_text(strip=True): a["href"] for a in page.find_all("a", href=True)}
    assert links["Annorlunda Konsult"].endswith("partner/annorlunda-konsult/index.html")
    assert links["Studie- och yrkesvägledning"].endswith("amne/vagledning/index.html")
    for path in site.root.glob("inlagg/*/index.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        hrefs = [a["href"] for a in soup.find_all("a", href=True)]
        assert any("partner/" in h for h in hrefs) and any("amne/" in h for h in hrefs), path


def test_each_partner_and_topic_has_an_atom_feed(site):
    feed = ElementTree.parse(site.path("partner/harnosands-kommun/atom.xml")).getroot()
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    assert titles == ["Kompetenslyftet – strategisk kompetensförsörjning för tillväxt"]
    for entry in feed.iter(f"{ATOM}link"):
        assert entry.get("href").startswith("https://")
    topic = ElementTree.parse(site.path("amne/samverkan/atom.xml")).getroot()
    assert len(list(topic.iter(f"{ATOM}entry"))) == 5
    page = site.page("partner/harnosands-kommun/index.html")
    assert page.find("link", rel="alternate", type="application/atom+xml", href=lambda h: "atom.xml" in h
                     and "harnosands-kommun" in h)


def test_a_term_feed_carries_the_newest_posts_only(site, tmp_path):
    pelican(ROOT / "content", tmp_path / "out", "publishconf.py", "TERM_FEED_MAX_ITEMS=2")
    feed = ElementTree.parse(tmp_path / "out" / "amne/samverkan/atom.xml").getroot()
    titles = [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]
    listed = [h.get_text(strip=True) for h in site.page("amne/samverkan/index.html").select(".post-list__title")]
    assert len(listed) == 5 and titles == listed[:2]


def test_editing_a_post_or_the_registry_updates_the_pages_on_regeneration(tmp_path):
    """What `make devserver` does: the same Pelican instance runs again
    after a change, with Pelican's content cache on."""
    from pelican import Pelican
    from pelican.settings import read_settings

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    output = tmp_path / "output"
    settings = read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(tmp_path / "cache"),
        "CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True})
    site = Pelican(settings)
    site.run()
    assert not (output / "partner" / "nordiska-verktyg" / "index.html").exists()

    post = next(content.rglob("2017-01-18-*.md"))
    post.write_text(post.read_text(encoding="utf-8") + "\nVi samarbetar nu med Nordiska Verktyg.\n",
                    encoding="utf-8")
    registry = content / "taxonomy" / "partners" / "companies.yaml"
    registry.write_text(registry.read_text(encoding="utf-8")
                        + "\n- name: Nordiska Verktyg\n  kind: company\n", encoding="utf-8")
    site.run()
    page = (output / "partner" / "nordiska-verktyg" / "index.html").read_text(encoding="utf-8")
    assert "Samarbetet med kommunerna avgörande" in page


def test_a_conference_lists_its_speakers_organisations_as_partners_and_links_them(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "posts" / "konferensdokumentation" / "2026-04-22-arbetsmarknadsdagen.md").write_text(
        "Title: Arbetsmarknadsdagen i Västmanland\nDate: 2026-04-22\nCategory: Konferensdokumentation\nAuthor: Redaktionen\n"
        "Summary: Dokumentation av Arbetsmarknadsdagen.\nevent_date: 2026-04-22\nvenue: Aros Congress Center\n"
        "organiser: Länsstyrelsen Västmanland\n"
        "speakers: Sara Nyberg | arbetsmarknadsdirektör | Västerås stad\n"
        "    Pia Holm | sektionschef | Arbetsförmedlingen Västerås\n"
        "    Omar Ali | ombudsman | Kommunal\n"
        "    Eva Lind | enhetschef | Socialtjänsten\n\n"
        "Landshövdingen inledde dagen, och talarna berättade om sitt arbete.\n", encoding="utf-8")
    pelican(content, tmp_path / "out")
    site = BeautifulSoup((tmp_path / "out" / "inlagg" / "arbetsmarknadsdagen-i-vastmanland" / "index.html")
                         .read_text(encoding="utf-8"), "html.parser")
    links = {li.select_one(".speakers__organisation").get_text(strip=True):
             (a["href"] if (a := li.select_one(".speakers__organisation a")) else None)
             for li in site.select(".speakers li")}
    assert links == {"Västerås stad": "../../partner/vasteras-kommun/index.html",
                     "Arbetsförmedlingen Västerås": "../../partner/arbetsformedlingen/index.html",
                     "Kommunal": "../../partner/kommunal/index.html", "Socialtjänsten": None}
    partner_page = BeautifulSoup((tmp_path / "out" / "partner" / "lansstyrelsen-vastmanland" / "index.html")
                                 .read_text(encoding="utf-8"), "html.parser")
    assert "Arrangör: Länsstyrelsen Västmanland" in partner_page.find("blockquote").get_text(" ", strip=True)
