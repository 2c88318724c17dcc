"""Partner organisations and topics: finds them in every post and gives
each its own page and feed. See README, "Partner och ämnen"."""

from pelican import signals

import content_check

from .checks import override_check
from .generator import TermPagesGenerator, prefetch_post, start_prefetch, start_rendering, tag_articles


def get_generators(pelican):
    return TermPagesGenerator


def register():
    signals.article_generator_init.connect(start_prefetch)
    signals.content_object_init.connect(prefetch_post)
    signals.article_generator_finalized.connect(tag_articles)
    signals.get_generators.connect(get_generators)
    signals.get_writer.connect(start_rendering)


content_check.EXTRA_CHECKS.append(override_check)
