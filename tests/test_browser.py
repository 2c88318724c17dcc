"""The published site in a real browser (Debian's Chromium driven by
Playwright), served from a subpath as on a real web server: journeys a
reader takes, keyboard use, narrow and wide screens, print, accessibility
(axe-core) and screenshots in tests/artifacts/screenshots/ to look at.

Every page type is found in the build itself, so a new kind of page (search,
open data, ...) is checked as soon as the site has it."""

import functools
import posixpath
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError, sync_playwright

from conftest import ROOT

UI = yaml.safe_load((ROOT / "theme" / "strings.sv.yaml").read_text(encoding="utf-8"))

CHROMIUM = "/usr/bin/chromium"
# Without the networking switches Chromium phones Google's hosts (updates,
# sync, field trials); this machine and CI have no internet.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
# The site is served below a folder, as on a real web server, so any link
# that only works from the server's root fails here.
SUBPATH = "/blogg/"
SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 720}
DESKTOP = {"width": 1280, "height": 900}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
POST = re.compile(r"^inlagg/[^/]+/index\.html$")
SEARCH = "sok/index.html"
SEARCH_QUERY = "Härnösand"
SEARCH_HIT = "main a[href*='inlagg/']"


# ---------- The site on a local server, one browser for the session ----------

class SubpathHandler(SimpleHTTPRequestHandler):
    """Serves the site's folder at SUBPATH and nothing outside it."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

    def translate_path(self, path):
        if not path.startswith(SUBPATH):
            return str(Path(self.directory) / "utanfor-undermappen")
        return super().translate_path(path[len(SUBPATH) - 1:])

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SubpathHandler, directory=str(site.root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} saknas: `make browser` installerar Debians Chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Traffic:
    """Every request the pages made: none may leave the local server, and
    none may fail (a broken relative link shows up as a 404 here)."""

    def __init__(self, base_url):
        self.origin = urlsplit(base_url).netloc
        self.foreign = []
        self.broken = []

    def request(self, request):
        url = urlsplit(request.url)
        if url.scheme not in ("data", "blob") and url.netloc != self.origin:
            try:
                source = request.frame.url
            except PlaywrightError:  # a worker's request has no frame
                source = "?"
            self.foreign.append(f"{request.url} (från {source})")

    def response(self, response):
        if response.status >= 400:
            self.broken.append(f"{response.status} {response.url}")

    def problems(self):
        return ([f"begäran till annan värd: {url}" for url in self.foreign]
                + [f"misslyckad begäran: {line}" for line in self.broken])


@pytest.fixture
def traffic(base_url):
    return Traffic(base_url)


@pytest.fixture
def page(browser, base_url, traffic):
    context = browser.new_context(viewport=DESKTOP, locale="sv-SE", base_url=base_url)
    context.on("request", traffic.request)
    context.on("response", traffic.response)
    page = context.new_page()
    yield page
    context.close()
    # Checked for every browser test, not only for the journeys.
    if traffic.problems():
        pytest.fail("\n".join(traffic.problems()), pytrace=False)


def visit(page, relative):
    response = page.goto(relative)
    assert response is not None and response.ok, f"{relative} kunde inte hämtas"
    if "?q=" in relative:
        # The search page shows its hits after it has loaded.
        page.locator(SEARCH_HIT).first.wait_for(timeout=15_000)
    return page


def assert_only_local_requests(traffic):
    assert not traffic.problems(), "\n".join(traffic.problems())


# ---------- The page types of the built site ----------

def relative_path(path, root):
    return path.relative_to(root).as_posix()


def resolve(page, href):
    """The site-relative path a relative link on `page` points to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), urlsplit(href).path))


def links(site, relative, pattern=None, scope="main"):
    """Site-relative targets of the links in `scope` of a page, in order."""
    targets = []
    for a in site.page(relative).select(f"{scope} a[href]"):
        href = a["href"]
        if urlsplit(href).scheme or href.startswith("#"):
            continue
        target = resolve(relative, href)
        if (pattern is None or pattern.match(target)) and target not in targets:
            targets.append(target)
    return targets


def type_of(relative):
    """Pages that differ only in a slug are one type: amne/<slug>/index.html
    is "amne/*/index.html"; a page of its own (om/index.html) is its own."""
    parts = relative.split("/")
    if len(parts) <= 2:
        return relative
    return "/".join([parts[0], *["*"] * (len(parts) - 2), parts[-1]])


@pytest.fixture(scope="session")
def page_types(site):
    """One page per page type, {type: site-relative path}; posts once per
    category, since a conference documentation is laid out differently."""
    types = {}
    for path in site.html_files():
        relative = relative_path(path, site.root)
        types.setdefault(type_of(relative), relative)
    del types["inlagg/*/index.html"]
    for category in links(site, "kategori/index.html", re.compile(r"^kategori/[^/]+/index\.html$")):
        types[f"inlagg ({category.split('/')[1]})"] = links(site, category, POST)[0]
    if SEARCH in types:
        types["sok (träffar)"] = f"{SEARCH}?q={SEARCH_QUERY}"
    return types


def test_every_page_type_is_found(page_types):
    expected = ["index.html", "404.html", "inlagg (gastblogg)", "inlagg (konferensdokumentation)",
                "kategori/index.html", "kategori/*/index.html", "arkiv/index.html", "arkiv/*/index.html",
                "skribent/index.html", "skribent/*/index.html", "om/index.html",
                "tillganglighetsredogorelse/index.html", "partner/index.html", "partner/*/index.html",
                "amne/index.html", "amne/*/index.html"]
    assert not [kind for kind in expected if kind not in page_types], page_types


def screenshot_name(relative):
    return re.sub(r"(/index)?\.html", "", relative).replace("?q=", "_").replace("/", "_")


# ---------- Journeys ----------

def open_link(page, name, scope="main"):
    """Follows the first link called `name`, as a reader clicks it."""
    page.locator(scope).get_by_role("link", name=name, exact=True).first.click()


def assert_at(page, base_url, relative, heading):
    page.wait_for_url(base_url + relative, timeout=10_000)
    assert page.locator("h1").first.inner_text().strip() == heading


def heading(site, relative):
    return site.page(relative).find("h1").get_text(strip=True)


def partner_route(site):
    """A post on the start page, one of its partners, and another post on
    that partner's page."""
    for post in links(site, "index.html", POST):
        for partner in links(site, post, re.compile(r"^partner/[^/]+/index\.html$"), "article"):
            others = [other for other in links(site, partner, POST) if other != post]
            if others:
                return post, partner, others[0]
    raise AssertionError("inget inlägg på startsidan har en partner med fler inlägg")


def test_from_the_start_page_through_a_partner_to_another_post(page, site, base_url, traffic):
    post, partner, other = partner_route(site)
    visit(page, "index.html")
    open_link(page, heading(site, post))
    assert_at(page, base_url, post, heading(site, post))
    open_link(page, heading(site, partner), "article")
    assert_at(page, base_url, partner, heading(site, partner))
    open_link(page, heading(site, other))
    assert_at(page, base_url, other, heading(site, other))
    assert_only_local_requests(traffic)


def test_from_the_topics_to_a_post(page, site, base_url, traffic):
    topic = next(topic for topic in links(site, "amne/index.html", re.compile(r"^amne/[^/]+/index\.html$"))
                 if links(site, topic, POST))
    post = links(site, topic, POST)[0]
    visit(page, "index.html")
    open_link(page, UI["nav"]["topics"], "nav")
    assert_at(page, base_url, "amne/index.html", heading(site, "amne/index.html"))
    open_link(page, heading(site, topic))
    assert_at(page, base_url, topic, heading(site, topic))
    open_link(page, heading(site, post))
    assert_at(page, base_url, post, heading(site, post))
    assert_only_local_requests(traffic)


def test_search_finds_a_post(page, site, base_url, traffic):
    if not site.path(SEARCH).is_file():
        pytest.skip(f"sökningen finns inte ännu: bygget har ingen {SEARCH}")
    visit(page, SEARCH)
    main = page.locator("main")
    main.get_by_role("textbox").or_(main.get_by_role("searchbox")).first.fill(SEARCH_QUERY)
    hit = page.locator(SEARCH_HIT).first
    hit.wait_for(timeout=15_000)
    hit.click()
    page.wait_for_url(re.compile(re.escape(base_url) + "inlagg/"))
    relative = page.url.removeprefix(base_url)
    assert POST.match(relative), f"träffen ledde till {page.url}"
    assert SEARCH_QUERY in page.locator("article").inner_text()
    assert_only_local_requests(traffic)


# ---------- Keyboard ----------

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  window.seenFocus = window.seenFocus || new Set();
  const again = window.seenFocus.has(el);
  window.seenFocus.add(el);
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    again,
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute("href"),
    text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 60),
    indicator: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
               || style.boxShadow !== "none",
    visible: box.width > 1 && box.height > 1,
  };
}"""


def shows_focus(focused):
    return focused["indicator"] and focused["visible"]


def describe(focused):
    return f"<{focused['tag']}> {focused['text']!r} {focused['href'] or ''}".strip()


def test_skip_link_then_tab_and_enter_to_a_post(page, site, base_url):
    visit(page, "index.html")
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert first and first["text"] == UI["skip_link"], f"första Tab når {first}"
    assert shows_focus(first), "hopplänken syns inte när den har fokus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "MAIN"
    for _ in range(50):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused and shows_focus(focused), f"ingen synlig fokusmarkering på {focused}"
        if focused["href"] and POST.match(resolve("index.html", focused["href"])):
            break
    else:
        raise AssertionError("inget inlägg nåddes med Tab från huvudinnehållet")
    page.keyboard.press("Enter")
    target = resolve("index.html", focused["href"])
    assert_at(page, base_url, target, heading(site, target))


def test_every_focusable_element_shows_focus(page, page_types):
    missing = []
    for relative in page_types.values():
        visit(page, relative)
        for _ in range(500):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            if focused is None or focused["again"]:
                break
            if not shows_focus(focused):
                missing.append(f"{relative}: {describe(focused)}")
    assert not missing, "Fokus syns inte på:\n" + "\n".join(missing)


# ---------- Screens, print ----------

@pytest.mark.parametrize("viewport", [NARROW, DESKTOP], ids=["320px", "1280px"])
def test_no_page_scrolls_sideways(page, site, page_types, viewport):
    page.set_viewport_size(viewport)
    wide = []
    pages = [relative_path(path, site.root) for path in site.html_files()]
    for relative in pages + [search for search in page_types.values() if "?q=" in search]:
        visit(page, relative)
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            wide.append(f"{relative}: {width[0]} px bred vid {width[1]} px")
    assert not wide, "\n".join(wide)


def test_print_shows_the_article_without_navigation(page, page_types):
    visit(page, page_types["inlagg (konferensdokumentation)"])
    skip_link = page.get_by_role("link", name=UI["skip_link"], include_hidden=True)
    navigation = page.get_by_role("navigation", name=UI["nav_label"], include_hidden=True)
    assert skip_link.count() == 1 and navigation.count() == 1
    page.emulate_media(media="print")
    assert skip_link.is_hidden()
    assert navigation.is_hidden()
    article = page.locator("article")
    assert article.is_visible()
    assert article.locator("h1").is_visible()
    assert article.locator("p").first.is_visible()


def test_screenshots(page, page_types):
    """What readers see, for people to look at; fails only if a page cannot
    be shown."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    for label, viewport in [("390", PHONE), ("320", NARROW), ("1280", DESKTOP)]:
        page.set_viewport_size(viewport)
        for relative in page_types.values():
            visit(page, relative)
            page.screenshot(path=SCREENSHOTS / f"{screenshot_name(relative)}.{label}.png",
                            full_page=True, animations="disabled")
    assert len(list(SCREENSHOTS.glob("*.png"))) == 3 * len(page_types)


# ---------- Accessibility ----------

def format_violations(relative, violations):
    lines = []
    for violation in violations:
        lines.append(f"{relative}: {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(map(str, node['target']))}")
            lines.extend(f"      {line}" for line in node.get("failureSummary", "").splitlines())
    return lines


def test_axe_finds_no_wcag_violations(page, page_types):
    axe = Axe()
    report = []
    for relative in page_types.values():
        visit(page, relative)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                         "resultTypes": ["violations"]})
        report += format_violations(relative, results.response["violations"])
    assert not report, "axe-core hittade brister:\n" + "\n".join(report)
