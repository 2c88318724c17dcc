"""What a reader gets from the built site: every seed post, faithfully
structured, in Swedish, with working links."""

import re
from urllib.parse import unquote, urljoin, urlsplit

import pytest

GUEST_POSTS = [
    # slug, title, date as shown, author
    ("ensam-ar-inte-stark", "Ensam är inte stark", "2 december 2015", "Malin Ullström"),
    ("samarbetet-med-kommunerna-avgorande", "Samarbetet med kommunerna avgörande", "18 januari 2017",
     "Birgitta Heijer"),
    ("fordjupa-dialogen-och-skapa-battre-matchning", "Fördjupa dialogen och skapa bättre matchning",
     "17 oktober 2017", "Mattias Buvari"),
    ("tillsammans-satter-vi-fokus-pa-arbetsmarknadens-behov",
     "Tillsammans sätter vi fokus på arbetsmarknadens behov", "20 april 2021", "Redaktionen"),
]
CONFERENCE = "kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt"
MUNICIPALITIES = ["Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik"]


def text(soup):
    return " ".join(soup.get_text(" ").split())


@pytest.mark.parametrize("slug, title, date, author", GUEST_POSTS)
def test_guest_post_has_title_swedish_date_and_author(site, slug, title, date, author):
    page = site.post(slug)
    assert page.find("h1").get_text(strip=True) == title
    assert page.find("html")["lang"] == "sv"
    assert date in [t.get_text(strip=True) for t in page.find_all("time")]
    assert author in text(page.find("article"))
    assert page.find("a", string=author)["href"].endswith(f"skribent/{author_slug(author)}/index.html")


def author_slug(name):
    return {"Malin Ullström": "malin-ullstrom", "Birgitta Heijer": "birgitta-heijer",
            "Mattias Buvari": "mattias-buvari", "Redaktionen": "redaktionen"}[name]


def test_guest_post_keeps_the_full_text(site):
    body = text(site.post("ensam-ar-inte-stark").find("article"))
    assert "Frågan var lika utmanande som ärlig när jag och min kollega Anders Halén först fick den i mars." in body
    assert "Malin och Anders är drivande i vårt projekt och utgör nu en viktig kugge" in body
    assert "Ensam är inte stark." in body


def test_editor_introduction_is_an_introduction_not_body_text(site):
    article = site.post("ensam-ar-inte-stark").find("article")
    intro = article.find(class_="ingress")
    assert intro is not None
    assert "Jag bjöd in Malin Ullström" in intro.get_text()
    assert "Mikael" in intro.get_text()
    body = article.find(class_="article__body") or article
    assert body.get_text().count("Jag bjöd in Malin Ullström") == (1 if body is article else 0)


def test_source_headings_become_headings(site):
    headings = [h.get_text(strip=True) for h in site.post("fordjupa-dialogen-och-skapa-battre-matchning").find_all("h2")]
    for heading in ["Planeringen. Ett verktyg som underlättar jobbet.", "Bygg broar till arbetsgivarna", "Slutligen"]:
        assert heading in headings
    headings = [h.get_text(strip=True) for h in site.post(
        "tillsammans-satter-vi-fokus-pa-arbetsmarknadens-behov").find_all("h2")]
    assert "Överenskommelser skapar förståelse" in headings


def test_signature_is_author_metadata_not_a_body_line(site):
    body = text(site.post("fordjupa-dialogen-och-skapa-battre-matchning").find("article"))
    assert "/Mattias Buvari" not in body
    assert "Regiondirektör Syd" in body


def test_conference_has_its_facts(site):
    page = site.post(CONFERENCE)
    facts = text(page.find("dl"))
    assert "30 maj 2012" in facts
    assert "Hotell Höga Kusten, Hornöberget" in facts
    assert "Länsstyrelsen Västernorrland" in facts


def test_conference_sections_follow_its_table_of_contents(site):
    page = site.post(CONFERENCE)
    sections = [h.get_text(strip=True) for h in page.find("article").find_all("h2")]
    expected = ["Bakgrund och syfte", "Inledande anföranden", "Kommunerna har ordet",
                "Länsövergripande aktörer har ordet", "Annorlunda Konsult återkopplar från intervjuer",
                "Avslutande ord"]
    positions = [sections.index(name) for name in expected]
    assert positions == sorted(positions)
    municipalities = [h.get_text(strip=True) for h in page.find("article").find_all("h3")]
    assert [m for m in municipalities if m in MUNICIPALITIES] == MUNICIPALITIES


def test_conference_table_of_contents_links_to_every_section(site):
    page = site.post(CONFERENCE)
    toc = page.find(class_="toc")
    targets = {a["href"] for a in toc.find_all("a")}
    for heading in page.find("article").find_all(["h2", "h3"]):
        if heading.get("id") and heading.find_parent(class_="toc") is None and heading.find_parent("article"):
            if heading.find_parent(class_="article__body") is not None:
                assert f"#{heading['id']}" in targets


def test_conference_lists_every_speaker_with_role_and_organisation(site):
    page = site.post(CONFERENCE)
    speakers = text(page.find(class_="speakers"))
    for name, organisation in [("Sten-Olov Altin", "Länsstyrelsen Västernorrland"),
                               ("Johan Borggren", "Härnösands kommun"), ("Bill Ring", "Kramfors kommun"),
                               ("Maria Modin", "Sollefteå kommun"), ("Anders Sjölander", "Sundsvalls kommun"),
                               ("Marie Fältstam", "Timrå kommun"), ("Lena Gustafsson", "Ånge kommun"),
                               ("Gun-Britt Hägglund", "Örnsköldsviks kommun"),
                               ("Peter Germer", "Företagarna Västernorrland"), ("Gunnar Fors", "Arbetsförmedlingen"),
                               ("Stefan Paulsson", "Kommunförbundet Västernorrland"),
                               ("Anna Jakobsson Lund", "Annorlunda Konsult")]:
        assert name in speakers and organisation in speakers
    for link in page.find(class_="speakers").find_all("a", href=re.compile("^#")):
        assert page.find(id=link["href"][1:]) is not None


def test_important_questions_are_real_lists(site):
    page = site.post(CONFERENCE)
    headings = [h for h in page.find_all(re.compile("^h[3-5]$"))
                if h.get_text(strip=True).startswith("Viktiga frågor att arbeta vidare med")]
    assert len(headings) == 7
    for heading in headings:
        items = heading.find_next_sibling("ul").find_all("li")
        assert items and all(item.get_text(strip=True) for item in items)
    harnosand = [li.get_text(strip=True) for li in headings[0].find_next_sibling("ul").find_all("li")]
    assert "Fortsätta besöka företag." in harnosand


def test_photo_captions_and_credits_are_kept(site):
    page = site.post(CONFERENCE)
    captions = page.find_all("figcaption")
    assert len(captions) >= 3
    assert any("Ralf Bergman" in c.get_text() for c in captions)
    assert any("Bill Ring" in c.get_text() for c in captions)


@pytest.mark.parametrize("noise", ["Storlek: px", "Download", "Läs mer", "VERKSAMHETSPLAN", "Transkript",
                                   "Starta visningen", "14 sätt att jobba jämt", "Bakgrund och syfte... 4"])
def test_no_pdf_artefacts_or_unrelated_documents(site, noise):
    assert noise not in text(site.post(CONFERENCE).find("main"))


def test_no_page_numbers_glued_to_text(site):
    body = text(site.post(CONFERENCE).find("article"))
    assert not re.search(r"\bFotograf Ralf Bergman \d", body)
    assert "framöver. 5" not in body and "dagslända. 6" not in body


def test_home_introduces_the_site_and_lists_the_latest_posts(site):
    page = site.page("index.html")
    links = [a["href"] for a in page.find("main").find_all("a", href=True)]
    assert any("tillsammans-satter-vi-fokus" in href for href in links)
    titles = [h.get_text(strip=True) for h in page.find("main").find_all(["h2", "h3"])]
    assert titles.index("Tillsammans sätter vi fokus på arbetsmarknadens behov") < titles.index("Ensam är inte stark")


def test_archive_groups_posts_by_year(site):
    page = site.page("arkiv/index.html")
    years = [h.get_text(strip=True)[:4] for h in page.find("main").find_all("h2")]
    assert years == ["2021", "2017", "2015", "2012"]
    assert "Ensam är inte stark" in text(site.page("arkiv/2015/index.html").find("main"))


def test_author_list_sorts_in_swedish_order(site):
    from swedish.collation import sv_key

    names = [a.get_text(strip=True) for a in site.page("skribent/index.html").find("main").find_all("a")]
    assert len(names) == 5 and names == sorted(names, key=sv_key)


def test_swedish_collation_puts_a_ring_a_umlaut_o_umlaut_after_z():
    from swedish.collation import sv_key

    words = ["Örnsköldsvik", "Ånge", "Zinkgruvan", "Älvdalen", "Arboga"]
    assert sorted(words, key=sv_key) == ["Arboga", "Zinkgruvan", "Ånge", "Älvdalen", "Örnsköldsvik"]


@pytest.mark.parametrize("page", ["index.html", "om/index.html", "tillganglighetsredogorelse/index.html",
                                  "404.html", "kategori/gastblogg/index.html", "skribent/index.html",
                                  f"inlagg/{CONFERENCE}/index.html"])
def test_every_page_has_landmarks_and_a_skip_link(site, page):
    soup = site.page(page)
    assert soup.find("html")["lang"] == "sv"
    first_link = soup.find("body").find("a")
    assert first_link["href"] == "#innehall" and soup.find(id="innehall").name == "main"
    assert soup.find("header") and soup.find("nav") and soup.find("footer")
    assert len(soup.find_all("h1")) == 1


def test_heading_levels_never_skip(site):
    for path in site.html_files():
        soup = site.page(path.relative_to(site.root))
        levels = [int(h.name[1]) for h in soup.find_all(re.compile("^h[1-6]$"))]
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{path}: h{before} följs av h{after}"


def test_accessibility_statement_exists(site):
    page = site.page("tillganglighetsredogorelse/index.html")
    assert page.find("h1").get_text(strip=True) == "Tillgänglighetsredogörelse"
    assert "WCAG" in text(page) and "Myndigheten för digital förvaltning" in text(page)
    footer_links = [a["href"] for a in site.page("index.html").find("footer").find_all("a")]
    assert any("tillganglighetsredogorelse/index.html" in href for href in footer_links)


def test_every_internal_link_and_anchor_resolves(site):
    broken = []
    ids = {}
    for path in site.html_files():
        soup = site.page(path.relative_to(site.root))
        ids[path] = {tag["id"] for tag in soup.find_all(id=True)}
    for path in site.html_files():
        soup = site.page(path.relative_to(site.root))
        page_url = path.relative_to(site.root).as_posix()
        for tag, attribute in [("a", "href"), ("link", "href"), ("img", "src"), ("script", "src")]:
            for element in soup.find_all(tag, attrs={attribute: True}):
                target = element[attribute]
                if urlsplit(target).scheme in ("http", "https", "mailto", "data", "tel"):
                    continue
                resolved = urlsplit(urljoin(page_url, target))
                file = site.root / unquote(resolved.path) if resolved.path else path
                if resolved.path.endswith("/") or file.is_dir():
                    file = file / "index.html"
                if not file.is_file():
                    broken.append(f"{page_url}: {target}")
                elif resolved.fragment and file.suffix == ".html" and resolved.fragment not in ids.get(file, set()):
                    broken.append(f"{page_url}: {target} (ankaret saknas)")
    assert not broken, "\n".join(broken)


def test_published_output_has_no_localhost_urls(site):
    for path in site.root.rglob("*"):
        if path.suffix in (".html", ".xml", ".json", ".txt", ".css", ".js"):
            content = path.read_text(encoding="utf-8")
            assert not re.search(r"(localhost|127\.0\.0\.1)", content), path


def test_links_between_pages_are_relative(site):
    for path in site.html_files():
        for link in site.page(path.relative_to(site.root)).find_all("a", href=True):
            href = link["href"]
            assert not href.startswith("/"), f"{path}: {href} är en absolut sökväg"


def test_feeds_are_published(site):
    assert site.path("feeds/all.atom.xml").is_file()
    assert site.path("feeds/all.rss.xml").is_file()
    assert site.path("feeds/kategori/gastblogg.atom.xml").is_file()
