"""Rank items by the terms they share, each shared term weighted by how
rare it is (inverse document frequency): sharing a partner named in two
posts says more than sharing a topic half the site is about."""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from swedish.collation import sv_key


@dataclass(frozen=True)
class Related:
    item: object
    score: float
    shared: tuple  # the shared terms, rarest first


def rarity(term_sets):
    """Weight of every term: log((N + 1) / posts with the term). The + 1
    keeps a term that every post has just above zero, so sharing only that
    still makes two posts related, if weakly."""
    count = Counter(term for terms in term_sets for term in terms)
    total = len(term_sets)
    return {term: math.log((total + 1) / n) for term, n in count.items()}


def rank_related(items, terms_of, tiebreak, limit=5):
    """For each item (same order as `items`), up to `limit` other items that
    share at least one term, best first. Equal scores are ordered by
    `tiebreak(item)`, so the result never depends on input or hash order."""
    terms = [frozenset(terms_of(item)) for item in items]
    weight = rarity(terms)
    holders = defaultdict(list)
    for index, item_terms in enumerate(terms):
        for term in item_terms:
            holders[term].append(index)
    ranked = []
    for index, item_terms in enumerate(terms):
        others = {other for term in item_terms for other in holders[term]} - {index}
        matches = []
        for other in others:
            shared = sorted(item_terms & terms[other], key=lambda term: (-weight[term], sv_key(term)))
            # fsum is exactly rounded, so the score does not depend on the
            # order of the terms; rounding makes equal sums compare equal.
            score = round(math.fsum(weight[term] for term in shared), 9)
            matches.append(Related(items[other], score, tuple(shared)))
        matches.sort(key=lambda match: (-match.score, tiebreak(match.item)))
        ranked.append(matches[:limit])
    return ranked
