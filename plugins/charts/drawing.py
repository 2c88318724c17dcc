"""The pictures: matplotlib figures drawn from plain names and numbers.

Each figure uses a pixel coordinate system (x right, y down, one unit one
CSS pixel at natural size), so sizes below read as what the reader sees.
Every chart comes in a layout for a narrow screen and one for a wide
screen (`Layout`); text is 13 px in both, so it is never scaled down to
an unreadable size on a phone.

Colours are the theme's (theme/static/css/main.css). Every mark that
carries data has at least 3:1 contrast against the white background, and
every number is also written out (labels, cell values, bar values), so no
reading depends on colour alone.
"""

import math
import textwrap
from dataclasses import dataclass

import networkx as nx
from matplotlib.colors import to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Arc, Circle, Rectangle
from matplotlib.transforms import Affine2D

from . import svg

TEXT = "#1b1b1f"
BAR = "#1a3f9e"  # 9.3:1 on white
NODE = "#1a3f9e"
EDGE_WEAK, EDGE_STRONG = "#6b7084", "#00005a"  # 4.9:1 and 18.3:1 on white
# Heat map steps, fewest posts to most; white numbers on each have 4.6:1 or more.
HEAT = ["#5470c4", "#3f5fb5", "#1a3f9e", "#16337f", "#00005a"]
EMPTY = "#eef1f8"
FONT = 9.75  # points, 13 CSS pixels
LINE = 16  # pixels per line of text


@dataclass(frozen=True)
class Layout:
    suffix: str  # added to the file name
    media: str  # when a page shows this layout ("" = otherwise)
    width: int  # pixels
    label_width: int  # room for the names beside the marks

    @property
    def wrap(self):
        """Characters per line of a name beside the marks (a character of
        DejaVu Sans at 13 px is 8 px wide or less)."""
        return self.label_width // 8


WIDE = Layout("", "(min-width: 40em)", 640, 280)
NARROW = Layout("-smal", "", 288, 150)
LAYOUTS = (WIDE, NARROW)


class Canvas:
    """A figure to draw on in pixels from the top left corner. Marks go
    straight on the figure: matplotlib's axes (ticks, autoscaling, clipping)
    would cost most of the build time and nothing here needs them."""

    def __init__(self, width, height):
        self.figure = Figure(figsize=(width / 96, height / 96), dpi=96)
        self.pixels = Affine2D().scale(1, -1).translate(0, height).scale(1 / 96) + self.figure.dpi_scale_trans

    def add(self, patch):
        patch.set_transform(self.pixels)
        self.figure.add_artist(patch)

    def text(self, x, y, text, color=TEXT, **style):
        self.figure.text(x, y, text, transform=self.pixels, fontsize=FONT, color=color, linespacing=1.2,
                         **style)


def wrapped(text, width):
    return textwrap.wrap(text, width, break_long_words=False) or [""]


def mix(weak, strong, share):
    return to_hex([a + (b - a) * share for a, b in zip(to_rgb(weak), to_rgb(strong))])


def row_tops(line_counts, min_height, top, gap=10):
    """Top edge and height of each row, one after the other."""
    rows, y = [], top
    for lines in line_counts:
        height = max(min_height, lines * LINE + gap)
        rows.append((y, height))
        y += height
    return rows, y


def network_order(nodes, edges):
    """The partners top to bottom: groups that are often named together
    (networkx's Louvain communities, seeded) kept next to each other, so
    their arcs stay short and dense groups stand out. Groups and members
    come in the given order (most posts first)."""
    graph = nx.Graph()
    graph.add_nodes_from(name for name, _ in nodes)
    graph.add_weighted_edges_from(edges)
    rank = {name: position for position, (name, _) in enumerate(nodes)}
    groups = [sorted(group, key=rank.__getitem__)
              for group in nx.community.louvain_communities(graph, weight="weight", seed=1)]
    return [name for group in sorted(groups, key=lambda group: rank[group[0]]) for name in group]


@svg.drawn_with_style
def network(nodes, edges, layout, title, description):
    """An arc diagram: one row per partner, its name and number of posts to
    the left of a dot sized by that number; an arc joins two partners named
    in the same posts, thicker and darker the more posts they share.

    Chosen over a node-link drawing (spring or Kamada-Kawai layout) because
    one post naming twenty partners makes a clique, which those layouts draw
    as a knot of overlapping labels; here every name is a horizontal line of
    its own, readable on a 320 px screen, and a dense group shows as a band
    of nested arcs.

    nodes: (name, posts); edges: (name, name, shared posts)."""
    posts = dict(nodes)
    order = network_order(nodes, edges)
    labels = {name: wrapped(f"{name} ({posts[name]})", layout.wrap) for name in order}
    rows, height = row_tops([len(labels[name]) for name in order], 24, 8)
    middle = {name: top + row_height / 2 for name, (top, row_height) in zip(order, rows)}
    canvas = Canvas(layout.width, height + 8)
    x = layout.label_width + 14
    most_posts = max(posts.values())
    strongest = max(weight for _, _, weight in edges)
    span = max(middle.values()) - min(middle.values()) or 1
    reach = layout.width - x - 12
    # Weak arcs first, so the strong ones are drawn on top.
    for a, b, weight in sorted(edges, key=lambda edge: edge[2]):
        share = (weight - 1) / (strongest - 1) if strongest > 1 else 0
        top, bottom = sorted((middle[a], middle[b]))
        canvas.add(Arc((x, (top + bottom) / 2), 2 * reach * (bottom - top) / span, bottom - top,
                       theta1=-90, theta2=90, color=mix(EDGE_WEAK, EDGE_STRONG, share),
                       linewidth=0.6 + 2.4 * share))
    for name in order:
        radius = 2.5 + 5.5 * math.sqrt(posts[name] / most_posts)
        canvas.add(Circle((x, middle[name]), radius, facecolor=NODE, edgecolor="white", linewidth=0.75))
        canvas.text(layout.label_width, middle[name], "\n".join(labels[name]), ha="right", va="center")
    return svg.to_svg(canvas.figure, title, description)


@svg.drawn_with_style
def heatmap(rows, columns, layout, title, description):
    """A grid: one row per topic, one column per year, the number of posts
    written in each cell, darker the more there are; empty cells stay light
    and blank. On a wide screen the names stand to the left of their row,
    on a narrow one above it, so the cells get the whole width.
    rows: (name, [count per column])."""
    beside = layout is WIDE
    left = layout.label_width + 8 if beside else 0
    cell = max(30 if beside else 20, min(64, (layout.width - left) // max(len(columns), 1)))
    width = max(layout.width, left + cell * len(columns))
    labels = [wrapped(name, layout.wrap if beside else width // 8) for name, _ in rows]
    tops, height = row_tops([len(lines) + (0 if beside else 2) for lines in labels], 30, 30)
    canvas = Canvas(width, height + 4)
    turn = 90 if cell < 40 else 0  # years side by side need 40 px each
    for column, year in enumerate(columns):
        canvas.text(left + (column + 0.5) * cell, 24, str(year), ha="center", va="bottom", rotation=turn,
                    fontweight="bold")
    most = max((count for _, counts in rows for count in counts), default=1)
    for (name, counts), lines, (top, row_height) in zip(rows, labels, tops):
        if beside:
            canvas.text(layout.label_width, top + row_height / 2, "\n".join(lines), ha="right", va="center")
            cells_top, cells_height = top, row_height
        else:
            canvas.text(0, top + 4, "\n".join(lines), ha="left", va="top")
            cells_top, cells_height = top + len(lines) * LINE + 8, 30
        for column, count in enumerate(counts):
            step = 0 if most == 1 else round((count - 1) / (most - 1) * (len(HEAT) - 1))
            canvas.add(Rectangle((left + column * cell + 1, cells_top + 1), cell - 2, cells_height - 2,
                                 facecolor=HEAT[step] if count else EMPTY, edgecolor="none"))
            if count:
                canvas.text(left + (column + 0.5) * cell, cells_top + cells_height / 2, str(count),
                            ha="center", va="center", color="white", fontweight="bold")
    return svg.to_svg(canvas.figure, title, description)


@svg.drawn_with_style
def bars(items, layout, title, description):
    """Horizontal bars with the number at the end of each. On a wide screen
    the names stand to the left of the bars, on a narrow one above them.
    items: (name, count)."""
    beside = layout is WIDE
    labels = [wrapped(name, layout.wrap if beside else layout.width // 8) for name, _ in items]
    # Below its name, a bar sits closer to it than to the name of the next.
    lines_per_row = [len(lines) + (0 if beside else 1) for lines in labels]
    tops, height = row_tops(lines_per_row, 30, 4, gap=10 if beside else 18)
    canvas = Canvas(layout.width, height + 4)
    left = layout.label_width + 10 if beside else 0
    longest = layout.width - left - 36
    most = max(count for _, count in items)
    for (name, count), lines, (top, row_height) in zip(items, labels, tops):
        if beside:
            middle = top + row_height / 2
            canvas.text(layout.label_width, middle, "\n".join(lines), ha="right", va="center")
        else:
            canvas.text(0, top + 2, "\n".join(lines), ha="left", va="top")
            middle = top + len(lines) * LINE + 14
        length = longest * count / most
        canvas.add(Rectangle((left, middle - 8), length, 16, facecolor=BAR, edgecolor="none"))
        canvas.text(left + length + 6, middle, str(count), ha="left", va="center", fontweight="bold")
    return svg.to_svg(canvas.figure, title, description)
