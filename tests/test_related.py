"""Related posts: what a reader finds under "Relaterade inlägg", and the
ranking behind it (plugins/related)."""

import math

import pytest

from related.ranking import rank_related, rarity

CONFERENCE = "kompetenslyftet-strategisk-kompetensforsorjning-for-tillvaxt"
ENSAM = "ensam-ar-inte-stark"


def post_slugs(site):
    return sorted(path.parent.name for path in (site.root / "inlagg").glob("*/index.html"))


def related(site, slug):
    """(slug, date, reason) of each related post, in the order shown."""
    section = site.post(slug).find("section", class_="related")
    if section is None:
        return []
    assert section.find("h2").get_text(strip=True) == "Relaterade inlägg"
    items = []
    for item in section.find_all("li"):
        link = item.find("a", href=True)
        items.append((link["href"].split("/")[-2], item.find("time")["datetime"],
                      " ".join(item.find(class_="related__reason").get_text().split())))
    return items


def terms(site, slug):
    """Names of the partners and topics a post links to."""
    return {a.get_text(strip=True) for a in site.post(slug).select(".term-links a")}


def test_the_two_vasternorrland_documents_relate_to_each_other(site):
    assert ENSAM in [slug for slug, _, _ in related(site, CONFERENCE)]
    assert CONFERENCE in [slug for slug, _, _ in related(site, ENSAM)]


@pytest.mark.parametrize("index", range(5))
def test_a_post_lists_at_most_five_others_never_itself(site, index):
    slug = post_slugs(site)[index]
    slugs = [other for other, _, _ in related(site, slug)]
    assert slugs and len(slugs) <= 5
    assert slug not in slugs and len(set(slugs)) == len(slugs)


def test_each_related_post_says_what_it_shares(site):
    for slug in post_slugs(site):
        own = terms(site, slug)
        for other, date, reason in related(site, slug):
            assert reason.startswith("Gemensamt: ")
            shared = own & terms(site, other)
            assert shared, f"{slug} och {other} har inget gemensamt"
            assert any(name in reason for name in shared)
            assert date == site.post(other).find("time")["datetime"]


def test_rare_shared_terms_rank_first_on_the_seeds(site):
    # Arbetsförmedlingen and Samverkan are in every post; the conference and
    # "Ensam är inte stark" also share rarer topics, so they come first.
    assert related(site, CONFERENCE)[0][0] == ENSAM
    assert related(site, ENSAM)[0][0] == CONFERENCE


# ---------- The ranking on its own ----------

def by_name(name):
    """Tiebreak for the synthetic posts below."""
    return name


def test_a_rare_shared_partner_outranks_a_common_shared_topic():
    posts = {
        "a": {"partner:Sällsynt AB", "topic:Samverkan"},
        "b": {"partner:Sällsynt AB"},
        "c": {"topic:Samverkan"},
        "d": {"topic:Samverkan"},
        "e": {"topic:Samverkan"},
    }
    ranked = rank_related(list(posts), posts.get, by_name)
    first = ranked[0]
    assert [match.item for match in first] == ["b", "c", "d", "e"]
    assert first[0].shared == ("partner:Sällsynt AB",)
    assert first[0].score > first[1].score


def test_rarity_is_inverse_document_frequency():
    weights = rarity([{"x", "y"}, {"x"}, {"x"}])
    assert weights["y"] == pytest.approx(math.log(4 / 1))
    assert weights["x"] == pytest.approx(math.log(4 / 3))
    assert weights["y"] > weights["x"] > 0


def test_shared_terms_are_listed_rarest_first_and_add_up():
    posts = {"a": {"common", "rare"}, "b": {"common", "rare"}, "c": {"common"}}
    match = rank_related(list(posts), posts.get, by_name)[0][0]
    assert match.item == "b" and match.shared == ("rare", "common")
    weights = rarity(list(posts.values()))
    assert match.score == pytest.approx(weights["rare"] + weights["common"])


def test_only_posts_sharing_something_are_related_and_ties_follow_the_tiebreak():
    posts = {"a": {"t"}, "b": {"t"}, "c": {"t"}, "alone": set()}
    ranked = dict(zip(posts, rank_related(list(posts), posts.get, lambda name: -ord(name[0]))))
    assert [match.item for match in ranked["a"]] == ["c", "b"]
    assert ranked["alone"] == []
    assert all("alone" not in [match.item for match in matches] for matches in ranked.values())


def test_at_most_limit_and_never_itself():
    posts = {name: {"t"} for name in "abcdefgh"}
    for name, matches in zip(posts, rank_related(list(posts), posts.get, by_name, limit=5)):
        assert len(matches) == 5 and name not in [match.item for match in matches]
