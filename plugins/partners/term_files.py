"""The files of the partner and topic pages: each page and feed, and how
it is written, by Pelican's writer or from what was rendered ahead
(render_ahead.py)."""

import logging
import os
from dataclasses import dataclass

from pelican.generators import Generator
from pelican.utils import sanitised_join

logger = logging.getLogger(__name__)


class Prerendered:
    """Stands in for a template whose page is already rendered
    (render_ahead.py): Pelican's writer asks it for the page as for any."""

    def __init__(self, text):
        self.text = text

    def render(self, context):
        return self.text


@dataclass
class PageFile:
    generator: Generator
    path: str
    template: str
    url: str
    variables: dict

    def write(self, writer, rendered=None):
        generator = self.generator
        template = generator.get_template(self.template) if rendered is None else Prerendered(rendered)
        writer.write_file(self.path, template, generator.context, relative_urls=generator.settings["RELATIVE_URLS"],
                          url=self.url, template_name=self.template, **self.variables)


@dataclass
class FeedFile:
    generator: Generator
    path: str  # also its URL
    type: str
    articles: list
    title: str

    def write(self, writer, rendered=None):
        if rendered is None:
            writer.write_feed(self.articles, self.generator.context, self.path, self.path, feed_type=self.type,
                              feed_title=self.title)  # Pelican prefixes the site name
            return
        path = sanitised_join(writer.output_path, self.path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as feed:
            feed.write(rendered)
        logger.info('Writing "%s"', path)
