"""Charts of partners and topics, drawn at build time as static SVG files:
which partners are named together (partner/natverk.svg), topics per year
(amne/over-tid.svg) and, on each partner's page, its most frequent fellow
partners and topics. Every chart has a text alternative, a caption and its
numbers as a table (theme/templates/includes/chart.html).

Needs the partners plugin. Modules: data.py (the numbers), drawing.py
(the pictures), svg.py (deterministic, accessible SVG), figures.py (what
each page shows), generator.py (Pelican)."""

from pelican import signals

from .generator import ChartsGenerator


def get_generators(pelican):
    return ChartsGenerator


def register():
    signals.get_generators.connect(get_generators)
