"""Reading time: every post gets `reading_time`, whole minutes (at least
one) at READING_WORDS_PER_MINUTE, 200 by default, a typical pace for
Swedish non-fiction read on screen."""

import math

from markupsafe import Markup
from pelican import signals


def minutes(html, words_per_minute):
    words = len(Markup(html).striptags().split())
    return max(1, math.ceil(words / words_per_minute))


def add_reading_time(article_generator):
    # After all posts are read, so cached posts get it too.
    speed = article_generator.settings.get("READING_WORDS_PER_MINUTE", 200)
    for article in article_generator.articles + article_generator.drafts:
        article.reading_time = minutes(article._content, speed)


def register():
    signals.article_generator_finalized.connect(add_reading_time)
