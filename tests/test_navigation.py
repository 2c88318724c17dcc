"""Finding one's way: breadcrumbs, the previous and next post in a category,
reading time, and speakers' organisations linked to their partner pages."""

import math
import re
from urllib.parse import urljoin

import pytest

CONFERENCE = "kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt"
# Gästblogg, oldest first.
GUEST_POSTS = ["ensam-ar-inte-stark", "samarbetet-med-kommunerna-avgorande",
               "fordjupa-dialogen-och-skapa-battre-matchning",
               "tillsammans-satter-vi-fokus-pa-arbetsmarknadens-behov"]

BREADCRUMBS = {
    "inlagg/ensam-ar-inte-stark/index.html": ["Start", "Gästblogg", "Ensam är inte stark"],
    f"inlagg/{CONFERENCE}/index.html": ["Start", "Konferensdokumentation",
                                         "Kompetenslyftet – strategisk kompetensförsörjning för tillväxt"],
    "partner/index.html": ["Start", "Partner"],
    "partner/arbetsformedlingen/index.html": ["Start", "Partner", "Arbetsförmedlingen"],
    "amne/index.html": ["Start", "Ämnen"],
    "amne/samverkan/index.html": ["Start", "Ämnen", "Samverkan"],
    "kategori/gastblogg/index.html": ["Start", "Gästblogg"],
    "skribent/malin-ullstrom/index.html": ["Start", "Skribenter", "Malin Ullström"],
    "arkiv/index.html": ["Start", "Arkiv"],
    "arkiv/2015/index.html": ["Start", "Arkiv", "2015"],
}


def resolve(site, page, href):
    """The file a relative link on `page` leads to, relative to the site root."""
    target = urljoin(page, href).split("#")[0]
    assert (site.root / target).is_file(), f"{page}: {href} leder ingenstans"
    return target


def category_of(site, slug):
    return site.post(slug).select("nav.breadcrumbs li")[1].get_text(" ", strip=True).lstrip("› ")


# ---------- Breadcrumbs ----------

@pytest.mark.parametrize("path, names", BREADCRUMBS.items())
def test_breadcrumbs_lead_from_the_start_to_the_current_page(site, path, names):
    page = site.page(path)
    nav = page.find("nav", attrs={"aria-label": "Brödsmulor"})
    assert nav is not None and nav.find("ol") is not None
    links = nav.find("ol").find_all("a")
    assert [a.get_text(strip=True) for a in links] == names
    assert resolve(site, path, links[0]["href"]) == "index.html"
    for link in links[:-1]:
        assert not link.has_attr("aria-current")
        resolve(site, path, link["href"])
    assert links[-1]["aria-current"] == "page"
    assert resolve(site, path, links[-1]["href"]) == path


def test_a_posts_breadcrumb_links_to_its_category(site):
    path = "inlagg/ensam-ar-inte-stark/index.html"
    links = site.page(path).find("nav", class_="breadcrumbs").find_all("a")
    assert resolve(site, path, links[1]["href"]) == "kategori/gastblogg/index.html"


# ---------- Previous and next post in the category ----------

def neighbours(site, slug):
    """{"prev": slug, "next": slug} from a post's navigation."""
    path = f"inlagg/{slug}/index.html"
    nav = site.page(path).find("nav", class_="post-nav")
    if nav is None:
        return {}
    return {link["rel"][0]: resolve(site, path, link["href"]).split("/")[1] for link in nav.find_all("a")}


def test_next_links_walk_a_category_oldest_to_newest(site):
    walked = [GUEST_POSTS[0]]
    while "next" in neighbours(site, walked[-1]):
        walked.append(neighbours(site, walked[-1])["next"])
    assert walked == GUEST_POSTS


def test_prev_links_walk_a_category_newest_to_oldest(site):
    walked = [GUEST_POSTS[-1]]
    while "prev" in neighbours(site, walked[-1]):
        walked.append(neighbours(site, walked[-1])["prev"])
    assert walked == GUEST_POSTS[::-1]


@pytest.mark.parametrize("slug", GUEST_POSTS + [CONFERENCE])
def test_neighbours_never_leave_the_category(site, slug):
    for target in neighbours(site, slug).values():
        assert category_of(site, target) == category_of(site, slug)


def test_a_post_alone_in_its_category_has_no_neighbours(site):
    assert neighbours(site, CONFERENCE) == {}


def test_neighbour_links_say_older_and_newer(site):
    nav = site.post(GUEST_POSTS[1]).find("nav", class_="post-nav")
    assert nav["aria-label"] == "Fler inlägg i Gästblogg"
    texts = [" ".join(a.get_text(" ").split()) for a in nav.find_all("a")]
    assert texts == ["Äldre inlägg Ensam är inte stark",
                     "Nyare inlägg Fördjupa dialogen och skapa bättre matchning"]


# ---------- Reading time ----------

@pytest.mark.parametrize("slug", GUEST_POSTS + [CONFERENCE])
def test_reading_time_matches_the_length_at_200_words_a_minute(site, slug):
    page = site.post(slug)
    shown = page.find(class_="reading-time").get_text(strip=True)
    minutes = int(re.fullmatch(r"Läsningstid: (\d+) min", shown).group(1))
    words = len(page.find(class_="article__body").get_text(" ").split())
    assert abs(minutes - max(1, math.ceil(words / 200))) <= 1


def test_a_long_document_takes_longer_than_a_short_post(site):
    def minutes(slug):
        return int(re.search(r"\d+", site.post(slug).find(class_="reading-time").get_text()).group())

    assert minutes(CONFERENCE) > 3 * minutes("samarbetet-med-kommunerna-avgorande")


# ---------- Speakers' organisations ----------

def test_speaker_organisations_that_are_partners_link_to_their_partner_pages(site):
    path = f"inlagg/{CONFERENCE}/index.html"
    page = site.page(path)
    partners = {a.get_text(strip=True): resolve(site, path, a["href"])
                for section in page.select(".term-links")
                if section.h2.get_text(strip=True) == "Partner i inlägget"
                for a in section.find_all("a")}
    linked = 0
    for organisation in page.select(".speakers .speakers__organisation"):
        name = organisation.get_text(strip=True)
        link = organisation.find("a")
        if name not in partners:
            assert link is None
            continue
        assert link is not None, f"{name} länkar inte till sin partnersida"
        target = resolve(site, path, link["href"])
        assert target == partners[name]
        assert site.page(target).find("h1").get_text(strip=True) == name
        linked += 1
    # Every organisation in the seed's speaker list is a partner of the post.
    assert linked == len(page.select(".speakers li")) == 15
