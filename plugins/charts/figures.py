"""The charts of the site, each as the template shows it: its pictures,
heading, text alternative, caption and the same numbers as a table.

Visible texts come from UI["charts"] (theme/strings.sv.yaml)."""

import posixpath
from collections import Counter
from dataclasses import dataclass, field

from . import data, drawing, svg


@dataclass
class Picture:
    url: str  # relative to the site root; also where the file is saved
    media: str  # media query for <source>; "" for the <img> itself
    width: int  # CSS pixels at natural size
    height: int
    content: bytes = field(repr=False)


@dataclass
class Table:
    caption: str
    columns: list
    rows: list  # lists of cells: terms (shown as links to their pages) or numbers


@dataclass
class Chart:
    key: str  # unique on its page: ids and file names start with it
    heading: str
    alt: str
    caption: str
    table: Table
    pictures: list  # one per drawing.LAYOUTS, the fallback for <img> last

    @property
    def sources(self):
        return self.pictures[:-1]

    @property
    def image(self):
        return self.pictures[-1]


def draw_all(stem, draw):
    """One SVG per layout: `draw(layout)` returns its bytes."""
    pictures = []
    for layout in drawing.LAYOUTS:
        content = draw(layout)
        width, height = svg.size(content)
        pictures.append(Picture(f"{stem}{layout.suffix}.svg", layout.media, width, height, content))
    return pictures


def with_limit(text, texts, shown, total):
    """The caption, saying so when the chart leaves some out."""
    return f"{text} {texts['limited'].format(shown=shown, total=total)}" if total > shown else text


def leader(texts, ranked):
    """A sentence on the first of `ranked` ((term, count), most first), or
    on how many share first place, so a tie never names one at random."""
    first, most = ranked[0]
    tied = sum(1 for _, count in ranked if count == most)
    if tied > 1:
        return texts["top_tied"].format(count=tied, n=most)
    return texts["top"].format(name=first.name, n=most)


def network_chart(articles, texts, directory, limit):
    network = data.partner_network(articles, limit)
    if not network.edges:
        return None
    degree = Counter()
    for a, b, _ in network.edges:
        degree.update((a, b))
    alt = " ".join([texts["alt"].format(partners=len(network.nodes)), leader(texts, data.most_first(degree))])
    (a, b, shared), runner_up = network.edges[0], network.edges[1:2]
    if shared > 1 and not (runner_up and runner_up[0][2] == shared):
        alt += " " + texts["strongest"].format(a=a.name, b=b.name, n=shared)
    nodes = [(partner.name, posts) for partner, posts in network.nodes]
    edges = [(a.name, b.name, shared) for a, b, shared in network.edges]
    return Chart(
        key="natverk",
        heading=texts["heading"],
        alt=alt,
        caption=with_limit(texts["caption"], texts, len(network.nodes), network.connected),
        table=Table(texts["table_caption"], texts["columns"], [list(edge) for edge in network.edges]),
        pictures=draw_all(f"{directory}/natverk",
                          lambda layout: drawing.network(nodes, edges, layout, texts["heading"], alt)),
    )


def timeline_chart(articles, texts, directory):
    timeline = data.topics_by_year(articles)
    if not timeline.rows:
        return None
    totals = [(topic, sum(counts)) for topic, counts in timeline.rows]
    alt = " ".join([texts["alt"].format(topics=len(timeline.rows), first=timeline.years[0],
                                        last=timeline.years[-1]), leader(texts, totals)])
    rows = [(topic.name, counts) for topic, counts in timeline.rows]
    return Chart(
        key="over-tid",
        heading=texts["heading"],
        alt=alt,
        caption=texts["caption"],
        table=Table(texts["table_caption"], [texts["first_column"], *timeline.years],
                    [[topic, *counts] for topic, counts in timeline.rows]),
        pictures=draw_all(f"{directory}/over-tid", lambda layout: drawing.heatmap(
            rows, timeline.years, layout, texts["heading"], alt)),
    )


def bar_chart(key, ranked, limit, texts, name, directory):
    """The first `limit` of `ranked` ((term, count), most first) as bars."""
    if not ranked:
        return None
    shown = ranked[:limit]
    alt = " ".join([texts["alt"].format(name=name), leader(texts, ranked)])
    bars = [(term.name, count) for term, count in shown]
    return Chart(
        key=key,
        heading=texts["heading"],
        alt=alt,
        caption=with_limit(texts["caption"].format(name=name), texts, len(shown), len(ranked)),
        table=Table(texts["table_caption"].format(name=name), texts["columns"],
                    [list(item) for item in shown]),
        pictures=draw_all(f"{directory}/{key}",
                          lambda layout: drawing.bars(bars, layout, texts["heading"], alt)),
    )


def partner_charts(partner, texts, limit):
    """The partners and topics most often in the same posts as `partner`."""
    profile = data.partner_profile(partner)
    directory = posixpath.dirname(partner.save_as)
    charts = [
        bar_chart("samverkar-med", profile.partners, limit, texts["partner_partners"], partner.name,
                  directory),
        bar_chart("amnen", profile.topics, limit, texts["partner_topics"], partner.name, directory),
    ]
    return [chart for chart in charts if chart]
