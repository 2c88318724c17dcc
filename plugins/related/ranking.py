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


# Candidates are gathered from an item's rarest terms first and stop at
# this many: a term on nearly every post has a weight close to zero, and
# following all its holders would make ranking quadratic in the site.
CANDIDATES = 60


def rank_related(items, terms_of, tiebreak, limit=5):
    """For each item (same order as `items`, which also decides which
    holders of a very common term are considered first), up to `limit`
    other items that share at least one term, best first. Equal scores are
    ordered by `tiebreak(item)`, so the result never depends on hash order."""
    terms = [frozenset(terms_of(item)) for item in items]
    weight = rarity(terms)
    order = {term: (-weight[term], sv_key(term)) for term in weight}
    holders = defaultdict(list)
    for index, item_terms in enumerate(terms):
        for term in item_terms:
            holders[term].append(index)
    ranked = []
    for index, item_terms in enumerate(terms):
        others = []
        seen = {index}
        for term in sorted(item_terms, key=order.__getitem__):
            for other in holders[term]:
                if other not in seen:
                    seen.add(other)
                    others.append(other)
                    if len(others) == CANDIDATES:
                        break
            if len(others) == CANDIDATES:
                break
        # fsum is exactly rounded, so the score does not depend on the order
        # of the terms; rounding makes equal sums compare equal.
        scored = [(round(math.fsum(weight[t] for t in item_terms & terms[o]), 9), o) for o in others]
        scored.sort(key=lambda pair: (-pair[0], tiebreak(items[pair[1]])))
        ranked.append([Related(items[other], score, tuple(sorted(item_terms & terms[other], key=order.__getitem__)))
                       for score, other in scored[:limit]])
    return ranked
