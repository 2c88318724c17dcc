"""Charts (plugins/charts) as a reader gets them: SVG files that are valid,
described and the same on every build, shown with a text alternative, a
caption and a table whose numbers are those of the posts."""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from itertools import combinations
from urllib.parse import urljoin

import pytest

from conftest import ROOT, pelican

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
CHART_PAGES = ["partner/index.html", "amne/index.html", "partner/arbetsformedlingen/index.html",
               "partner/kalix-sjukhus/index.html"]
# Light grey of an empty heat map cell: it stands for "no posts", a number
# never depends on it.
EMPTY_CELL = "#eef1f8"


def svg_files(root):
    return sorted(root.rglob("*.svg"))


def resolve(site, page, href):
    target = urljoin(page, href)
    assert (site.root / target).is_file(), f"{page}: {href} finns inte"
    return target


def charts(site, path):
    return site.page(path).find_all("section", class_="chart")


def chart(site, path, key):
    found = [c for c in charts(site, path) if c["aria-labelledby"] == f"diagram-{key}"]
    assert len(found) == 1, f"{path} saknar diagrammet {key}"
    return found[0]


def table(section):
    """The chart's table as text: (column headings, rows)."""
    columns = [th.get_text(strip=True) for th in section.find("thead").find_all("th")]
    rows = [[cell.get_text(strip=True) for cell in tr.find_all(["th", "td"])]
            for tr in section.find("tbody").find_all("tr")]
    return columns, rows


def posts(site):
    """(partners, topics, year) of every post, read from its page."""
    found = []
    for path in sorted((site.root / "inlagg").glob("*/index.html")):
        page = site.page(path.relative_to(site.root))
        names = {section.h2.get_text(strip=True): {a.get_text(strip=True) for a in section.find_all("a")}
                 for section in page.select(".term-links")}
        year = int(page.find("time")["datetime"][:4])
        found.append((names.get("Partner i inlägget", set()), names.get("Ämnen", set()), year))
    return found


def contrast(colour, background="#ffffff"):
    def luminance(hex_colour):
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted([luminance(colour), luminance(background)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


# ---------- The SVG files ----------

def test_the_charts_are_written(site):
    names = {path.relative_to(site.root).as_posix() for path in svg_files(site.root)}
    for expected in ["partner/natverk.svg", "partner/natverk-smal.svg", "amne/over-tid.svg",
                     "amne/over-tid-smal.svg", "partner/arbetsformedlingen/samverkar-med.svg",
                     "partner/arbetsformedlingen/amnen.svg"]:
        assert expected in names


def test_every_svg_is_valid_xml_with_a_text_alternative(site):
    for path in svg_files(site.root):
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG}svg" and root.get("role") == "img", path
        labels = root.get("aria-labelledby").split()
        assert labels == ["title", "desc"]
        for label in labels:
            element = root.find(f"*[@id='{label}']")
            assert element is not None and element.text.strip(), f"{path}: {label} saknas"


def test_svgs_work_under_the_content_security_policy(site):
    # style-src 'self': no style attributes or elements; nothing from elsewhere.
    for path in svg_files(site.root):
        root = ET.parse(path).getroot()
        for element in root.iter():
            assert "style" not in element.attrib, f"{path}: style-attribut i {element.tag}"
            assert element.tag not in (f"{SVG}style", f"{SVG}script", f"{SVG}image"), path
            assert element.get(XLINK_HREF, "#").startswith("#"), path


def test_marks_and_text_contrast_with_the_background(site):
    for path in svg_files(site.root):
        root = ET.parse(path).getroot()
        for element in root.iter():
            colours = [element.get(key) for key in ("fill", "stroke") if element.get(key, "").startswith("#")]
            for colour in colours:
                if colour in ("#ffffff", EMPTY_CELL):
                    continue
                minimum = 4.5 if element.tag == f"{SVG}text" else 3
                assert contrast(colour) >= minimum, f"{path}: {colour} på vitt"


# ---------- On the pages ----------

@pytest.mark.parametrize("path", CHART_PAGES)
def test_each_chart_has_an_image_alternative_caption_and_table(site, path):
    sections = charts(site, path)
    assert sections
    for section in sections:
        heading = section.find(["h2", "h3"])
        assert heading["id"] == section["aria-labelledby"] and heading.get_text(strip=True)
        image = section.find("img")
        assert image["alt"].strip() and image["width"] and image["height"]
        svg = ET.parse(site.root / resolve(site, path, image["src"])).getroot()
        assert svg.find(f"{SVG}desc").text == image["alt"]
        assert svg.find(f"{SVG}title").text == heading.get_text(strip=True)
        for source in section.find_all("source"):
            assert resolve(site, path, source["srcset"]).endswith(".svg") and source["media"]
        assert section.find("figure").find("figcaption").get_text(strip=True)
        details = section.find("details")
        assert details.find("summary").get_text(strip=True) == "Visa som tabell"
        assert details.find("table").find("caption").get_text(strip=True)
        assert all(th["scope"] == "col" for th in details.find("thead").find_all("th"))
        assert all(tr.find("th")["scope"] == "row" for tr in details.find("tbody").find_all("tr"))


def test_network_table_counts_the_posts_naming_both_partners(site):
    expected = Counter()
    for partners, _, _ in posts(site):
        expected.update(frozenset(pair) for pair in combinations(partners, 2))
    columns, rows = table(chart(site, "partner/index.html", "natverk"))
    assert columns == ["Partner", "Nämns tillsammans med", "Gemensamma inlägg"]
    shown = {frozenset((a, b)): int(n) for a, b, n in rows}
    assert len(shown) == len(rows)
    # The seeds name fewer than 40 partners, so every pair is shown.
    assert shown == dict(expected)
    assert [int(n) for _, _, n in rows] == sorted((int(n) for _, _, n in rows), reverse=True)


def test_network_picture_names_every_partner_with_its_posts(site):
    per_partner = Counter(partner for partners, _, _ in posts(site) for partner in partners)
    root = ET.parse(site.root / "partner" / "natverk.svg").getroot()
    drawn = " ".join(text.text for text in root.iter(f"{SVG}text"))
    for partner, count in per_partner.items():
        assert f"{partner} ({count})" in drawn
    caption = chart(site, "partner/index.html", "natverk").find("figcaption").get_text()
    assert "visar de" not in caption  # nothing left out on a small site


def test_timeline_table_counts_posts_per_topic_and_year(site):
    expected = Counter((topic, year) for _, topics, year in posts(site) for topic in topics)
    columns, rows = table(chart(site, "amne/index.html", "over-tid"))
    years = sorted({year for _, _, year in posts(site)})
    assert columns == ["Ämne", *map(str, years)]
    assert {row[0] for row in rows} == {topic for topic, _ in expected}
    for topic, *counts in rows:
        assert [int(n) for n in counts] == [expected[topic, year] for year in years], topic


def test_timeline_picture_writes_the_numbers_in_its_cells(site):
    _, rows = table(chart(site, "amne/index.html", "over-tid"))
    root = ET.parse(site.root / "amne" / "over-tid.svg").getroot()
    numbers = Counter(text.text for text in root.iter(f"{SVG}text") if re.fullmatch(r"\d+", text.text)
                      and not re.fullmatch(r"(19|20)\d\d", text.text))
    assert numbers == Counter(n for _, *counts in rows for n in counts if n != "0")


@pytest.mark.parametrize("partner", ["Arbetsförmedlingen", "Kalix sjukhus"])
def test_partner_page_charts_count_the_partners_posts(site, partner):
    path = {"Arbetsförmedlingen": "partner/arbetsformedlingen/index.html",
            "Kalix sjukhus": "partner/kalix-sjukhus/index.html"}[partner]
    own = [(partners, topics) for partners, topics, _ in posts(site) if partner in partners]
    others = Counter(other for partners, _ in own for other in partners - {partner})
    topics = Counter(topic for _, post_topics in own for topic in post_topics)
    for key, expected in [("samverkar-med", others), ("amnen", topics)]:
        section = chart(site, path, key)
        _, rows = table(section)
        assert 0 < len(rows) <= 8
        assert all(int(n) == expected[name] for name, n in rows)
        counts = [int(n) for _, n in rows]
        assert counts == sorted(counts, reverse=True) and counts[0] == max(expected.values())
        caption = section.find("figcaption").get_text()
        assert (f"De 8 vanligaste av {len(expected)}." in caption) == (len(expected) > 8)


def test_chart_tables_link_to_the_partner_and_topic_pages(site):
    path = "partner/arbetsformedlingen/index.html"
    for key, folder in [("samverkar-med", "partner/"), ("amnen", "amne/")]:
        for link in chart(site, path, key).find("tbody").select("th a"):
            target = resolve(site, path, link["href"])
            assert target.startswith(folder)
            assert site.page(target).find("h1").get_text(strip=True) == link.get_text(strip=True)


# ---------- Deterministic ----------

def test_building_twice_gives_byte_identical_svgs(site, tmp_path, monkeypatch):
    # Another hash seed than the first build, so set and dict order cannot leak in.
    monkeypatch.setenv("PYTHONHASHSEED", "4711")
    again = tmp_path / "igen"
    pelican(ROOT / "content", again)
    first = {path.relative_to(site.root): path.read_bytes() for path in svg_files(site.root)}
    second = {path.relative_to(again): path.read_bytes() for path in svg_files(again)}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
