"""Related posts: every published post gets `related`, a list of up to
RELATED_POSTS_MAX (5) `ranking.Related` (item = the other post, score,
shared = the partners and topics both have, rarest first).

Needs `article.partners` and `article.topics` from the partners plugin,
which sets them in `article_generator_finalized`. This plugin waits for
`all_generators_finalized`, so the order of PLUGINS does not matter.
"""

from pelican import signals
from pelican.generators import ArticlesGenerator

from swedish.collation import sv_key

from .ranking import rank_related


def terms_of(article):
    return [*getattr(article, "partners", []), *getattr(article, "topics", [])]


def newest_then_title(article):
    return (-article.date.timestamp(), sv_key(article.title))


def relate_articles(generators):
    for generator in generators:
        if not isinstance(generator, ArticlesGenerator):
            continue
        articles = generator.articles
        limit = generator.settings.get("RELATED_POSTS_MAX", 5)
        for article, related in zip(articles, rank_related(articles, terms_of, newest_then_title, limit)):
            article.related = related


def register():
    signals.all_generators_finalized.connect(relate_articles)
