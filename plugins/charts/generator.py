"""Pelican wiring: draw the charts once every post has its partners and
topics, hand them to the templates and write the SVG files."""

import posixpath
from pathlib import Path

from pelican.generators import Generator

from .figures import network_chart, partner_charts, timeline_chart


class ChartsGenerator(Generator):
    """Puts `charts` in the context: `network` (for partners.html),
    `timeline` (topics.html), each a figures.Chart or None, and `partner`,
    a list of Charts for each partner slug (partner.html).

    Pelican builds the context of its own generators (articles and pages)
    before those of plugins, so the partners plugin has tagged every post by
    the time `generate_context` runs here; every template is rendered after
    that, in the `generate_output` of each generator."""

    def generate_context(self):
        texts = self.settings["UI"]["charts"]
        articles = self.context.get("articles", [])
        partners_dir = posixpath.dirname(self.context.get("PARTNERS_URL", "partner/index.html"))
        topics_dir = posixpath.dirname(self.context.get("TOPICS_URL", "amne/index.html"))
        bars = self.settings.get("CHARTS_BARS_MAX", 8)
        self.context["charts"] = {
            "network": network_chart(articles, texts["network"], partners_dir,
                                     self.settings.get("CHARTS_NETWORK_MAX", 40)),
            "timeline": timeline_chart(articles, texts["timeline"], topics_dir),
            "partner": {partner.slug: partner_charts(partner, texts, bars)
                        for partner in self.context.get("partners", [])},
        }

    def generate_output(self, writer):
        charts = self.context["charts"]
        every = [charts["network"], charts["timeline"], *(c for cs in charts["partner"].values() for c in cs)]
        for chart in filter(None, every):
            for picture in chart.pictures:
                path = Path(self.output_path) / picture.url
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(picture.content)
