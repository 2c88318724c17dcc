"""Previous and next post in the same category.

Every published post gets `prev_article_in_category` (the one published
just before it) and `next_article_in_category` (just after), or None at
either end of its category. Pelican 4 no longer sets these itself.
"""

from pelican import signals


def link_neighbours(article_generator):
    for _category, articles in article_generator.categories:
        in_order = sorted(articles, key=lambda article: (article.date, article.title))
        for before, article, after in zip([None, *in_order], in_order, [*in_order[1:], None]):
            article.prev_article_in_category = before
            article.next_article_in_category = after


def register():
    signals.article_generator_finalized.connect(link_neighbours)
