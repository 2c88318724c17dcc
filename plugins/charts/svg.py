"""A matplotlib figure as an SVG file that is the same on every build and
makes sense to everyone.

- Deterministic: a fixed hash salt for matplotlib's ids, no date, no
  creator, text kept as text (`svg.fonttype: none`), so the same numbers
  give the same bytes.
- Accessible: the root is `role="img"` with `<title>` and `<desc>` named by
  `aria-labelledby`, for anyone who opens the file itself; pages show it
  with an `<img alt>` and the numbers as a table.
- No CSS: matplotlib writes `style` attributes and a `<style>` element;
  they become presentation attributes, so the picture is the same under a
  Content-Security-Policy that forbids inline styles, wherever it is shown.
"""

import functools
import io
import re
import xml.etree.ElementTree as ET

import matplotlib

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)

# Only properties SVG also accepts as attributes (matplotlib writes no
# others in the charts drawn here; an unknown one is an error, not a loss).
PRESENTATION = {
    "clip-path", "fill", "fill-opacity", "font-family", "font-size", "font-style", "font-weight",
    "opacity", "stroke", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin",
    "stroke-miterlimit", "stroke-opacity", "stroke-width", "text-anchor",
}

NUMBER = re.compile(r"-?\d+\.\d+")

RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "samverkansbloggen",
    "font.family": "sans-serif",
    # Layout is measured with DejaVu Sans, which matplotlib ships, so it does
    # not depend on the fonts of the machine that builds the site.
    "font.sans-serif": ["DejaVu Sans"],
}


def drawn_with_style(draw):
    """Decorator: draw (create the texts, save) with the settings above."""

    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(RC):
            return draw(*args, **kwargs)

    return wrapper


def to_svg(figure, title, description):
    """The figure as SVG bytes; call it from a function decorated with
    `drawn_with_style`."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    root = ET.fromstring(buffer.getvalue())
    for element in root.iter():
        _clean(element)
    for element in list(root):
        if element.tag == f"{{{SVG}}}metadata":
            root.remove(element)
        elif element.tag == f"{{{SVG}}}defs":
            # matplotlib's only rule is `*{stroke-linejoin: ...; stroke-linecap: ...}`;
            # on the root the same values are inherited by every element
            # that does not set its own, as the rule gave them.
            for css in element.findall(f"{{{SVG}}}style"):
                element.remove(css)
                _apply(root, css.text.partition("{")[2].rstrip("}"))
            if not len(element):
                root.remove(element)
    root.set("role", "img")
    root.set("aria-labelledby", "title desc")
    for position, (tag, text) in enumerate([("title", title), ("desc", description)]):
        element = ET.Element(f"{{{SVG}}}{tag}", id=tag)
        element.text = text
        root.insert(position, element)
    ET.indent(root, space=" ")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _clean(element):
    css = element.attrib.pop("style", None)
    if css:
        _apply(element, css)
    # matplotlib writes path data with six decimals on many lines; a
    # hundredth of a point is invisible and the files get a fifth smaller.
    if "d" in element.attrib:
        element.set("d", NUMBER.sub(_hundredths, " ".join(element.get("d").split())))


def _hundredths(match):
    return format(round(float(match.group()), 2), "g")


def _apply(element, css):
    for declaration in css.split(";"):
        name, _, value = (part.strip() for part in declaration.partition(":"))
        if not name:
            continue
        if name not in PRESENTATION:
            raise ValueError(f"CSS property {name!r} has no SVG attribute")
        element.set(name, value)


def size(svg_bytes):
    """(width, height) in CSS pixels: matplotlib writes points."""
    root = ET.fromstring(svg_bytes)
    return tuple(round(float(root.get(key).removesuffix("pt")) * 4 / 3) for key in ("width", "height"))
