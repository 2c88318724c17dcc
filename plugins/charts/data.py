"""The numbers behind the charts, counted from the published posts'
partners and topics (set by the partners plugin). Every list comes in a
fixed order, most first and ties in Swedish alphabetical order, so the
charts drawn from them are the same on every build."""

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from swedish.collation import sv_key


def most_first(counts):
    """(item, count) pairs, the highest count first, ties by name."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], sv_key(pair[0])))


@dataclass
class Network:
    nodes: list  # (partner, posts), most posts first
    edges: list  # (partner, partner, shared posts), most shared first
    connected: int  # partners named together with at least one other


def partner_network(articles, limit):
    """Partners named in the same posts: the `limit` partners in most posts
    among those that share a post with another partner, and every pair of
    them with the number of posts both are named in."""
    pairs, posts = Counter(), Counter()
    for article in articles:
        partners = sorted(article.partners, key=sv_key)
        posts.update(partners)
        pairs.update(combinations(partners, 2))
    connected = {partner for pair in pairs for partner in pair}
    nodes = most_first({partner: posts[partner] for partner in connected})[:limit]
    shown = {partner for partner, _ in nodes}
    edges = sorted(((a, b, n) for (a, b), n in pairs.items() if a in shown and b in shown),
                   key=lambda edge: (-edge[2], sv_key(edge[0]), sv_key(edge[1])))
    return Network(nodes, edges, len(connected))


@dataclass
class Timeline:
    years: list  # every year with a post, oldest first
    rows: list  # (topic, [posts that year, one per year]), most posts first


def topics_by_year(articles):
    years = sorted({article.date.year for article in articles})
    per_year = Counter((topic, article.date.year) for article in articles for topic in article.topics)
    totals = Counter(topic for article in articles for topic in article.topics)
    rows = [(topic, [per_year[topic, year] for year in years]) for topic, _ in most_first(totals)]
    return Timeline(years, rows)


@dataclass
class Profile:
    partners: list  # (other partner, posts naming both), most first
    topics: list  # (topic, the partner's posts about it), most first


def partner_profile(partner):
    others, topics = Counter(), Counter()
    for article in partner.articles:
        others.update(other for other in article.partners if other is not partner)
        topics.update(article.topics)
    return Profile(most_first(others), most_first(topics))
