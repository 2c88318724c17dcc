"""Work on a second core gives the site exactly what the build alone gives:
posts analysed while Pelican reads them (partners/prefetch.py), term pages
rendered while it writes the posts (partners/render_ahead.py)."""

import gc
import json
import logging
import multiprocessing
import shutil
import time

import jinja2
import pytest
from pelican import Pelican, signals
from pelican.readers import MarkdownReader
from pelican.settings import read_settings
from pelican.writers import Writer

from conftest import ROOT, pelican
from partners import prefetch, render_ahead, second_core
from partners.site import analyse_post, load_extractor, post_inputs
from partners.term_files import Prerendered

pytestmark = pytest.mark.skipif(not second_core.available(), reason="kräver en andra kärna och fork")


@pytest.fixture(scope="module")
def extractor():
    return load_extractor(read_settings(str(ROOT / "pelicanconf.py")))


@pytest.fixture(scope="module")
def posts():
    """What the extraction reads from each post of content/, by file name."""
    reader = MarkdownReader(read_settings(str(ROOT / "pelicanconf.py")))
    return {path.name: post_inputs(*reader.read(str(path))) for path in sorted((ROOT / "content").rglob("*.md"))}


def test_the_worker_analyses_every_post_as_the_build_would(extractor, posts):
    work = prefetch.Prefetch(extractor)
    # More posts than one message carries, so the last message is a part one.
    copies = {f"{n}-{name}": inputs for n in range(prefetch.BATCH // len(posts) + 2) for name, inputs in posts.items()}
    for name, inputs in copies.items():
        work.send(name, inputs)
    results = work.results()
    assert results.keys() == copies.keys()
    for name, (sent, analysis) in results.items():
        assert sent == copies[name]
        assert analysis == analyse_post(extractor, copies[name])
    assert any(analysis.partners for _, analysis in results.values())


def test_the_build_holds_its_objects_frozen_while_the_worker_runs_and_no_longer(extractor, posts):
    """Frozen, the build's collections leave the memory it shares with the
    worker alone; left frozen, a devserver would never free it."""
    work = prefetch.Prefetch(extractor)
    assert gc.get_freeze_count() > 0
    work.send(*next(iter(posts.items())))
    work.results()
    assert gc.get_freeze_count() == 0


def test_when_the_worker_dies_the_build_analyses_every_post_itself(extractor, posts):
    work = prefetch.Prefetch(extractor)
    name, inputs = next(iter(posts.items()))
    work.send(name, inputs)
    worker, = [child for child in multiprocessing.active_children() if child.name == "partners-prefetch"]
    worker.kill()
    worker.join()
    assert work.results() == {}


@pytest.mark.timeout(60)
def test_a_worker_a_failed_build_left_behind_ends_when_closed(extractor, posts):
    """Under `make devserver` a build that fails while Pelican reads leaves
    its worker waiting for posts; the next build closes it."""
    left = prefetch.Prefetch(extractor)
    left.send(*next(iter(posts.items())))
    left.close()
    assert not [child for child in multiprocessing.active_children() if child.name == "partners-prefetch"]


LATE_EDIT = '''
from pelican import signals


def mention_a_partner(generator):
    for article in generator.articles:
        article._content += "<p>Vi samarbetar nu även med Skatteverket.</p>"


def register():
    signals.article_generator_finalized.connect(mention_a_partner)
'''


def test_a_post_changed_after_it_was_read_is_analysed_again(tmp_path):
    """A plugin that edits posts once all are read: the worker saw them
    before the edit, so its analyses must not be used."""
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "late_edit.py").write_text(LATE_EDIT, encoding="utf-8")
    settings = read_settings(str(ROOT / "publishconf.py"))
    order = [name for name in settings["PLUGINS"] if name != "partners"]
    order.insert(order.index("conference") + 1, "late_edit")
    order.insert(order.index("late_edit") + 1, "partners")
    names = ", ".join(f'"{name}"' for name in order)
    pelican(ROOT / "content", tmp_path / "out", "publishconf.py",
            f'PLUGIN_PATHS=["{ROOT / "plugins"}", "{plugins}"]', f"PLUGINS=[{names}]")
    page = (tmp_path / "out" / "partner" / "skatteverket" / "index.html").read_text(encoding="utf-8")
    posts = len(list((ROOT / "content" / "posts").rglob("*.md")))
    assert page.count('class="post-list__item"') == posts


class Page:
    """A file to render ahead, as term_files.PageFile is one."""

    def __init__(self, path, template, problem=None):
        self.path, self.template, self.problem = path, template, problem

    def write(self, writer, rendered=None):
        if rendered is not None:  # as term_files does: written as the child rendered it
            writer.write_file(self.path, Prerendered(rendered), {}, relative_urls=True)
            return
        if self.problem == "slow":
            time.sleep(0.02)
        if self.problem == "warning":
            logging.getLogger("pelican").warning("något att rapportera")
        elif self.problem == "error":
            raise RuntimeError("mallen gick sönder")
        # A line break as Windows writes it, which must come back unchanged.
        context = {"SITEURL": "", "name": "Kramfors\r\nkommun"}
        writer.write_file(self.path, jinja2.Template(self.template), context, relative_urls=True)


SETTINGS = read_settings(str(ROOT / "pelicanconf.py"))


def test_the_child_renders_every_file_as_the_build_would(tmp_path):
    written = []
    signals.content_written.connect(written.append)  # muted in the child: the build sends it when it writes
    try:
        files = [Page("partner/index.html", "<p>{{ SITEURL }} {{ name }}</p>"),
                 Page("partner/kramfors-kommun/index.html", "{{ name|upper }}"),
                 Page("", "not written: Pelican skips an empty path")]
        rendered = render_ahead.RenderAhead(files, SETTINGS).results()
    finally:
        signals.content_written.disconnect(written.append)
    assert rendered == {"partner/index.html": "<p>.. Kramfors\r\nkommun</p>",
                        "partner/kramfors-kommun/index.html": "KRAMFORS\r\nKOMMUN"}
    assert written == []


def test_the_build_renders_what_the_child_has_not_taken_instead_of_waiting(tmp_path):
    files = [Page(f"{n}/index.html", f"Sida {n}", problem="slow") for n in range(40)]
    work = render_ahead.RenderAhead(files, SETTINGS)
    rendered, results = [], work.results

    def noted():
        texts = results()
        rendered.extend(texts)
        return texts

    work.results = noted
    work.write(Writer(str(tmp_path), settings=SETTINGS))
    # The child rendered the first files, the build the last, and every file is written once.
    assert 0 < len(rendered) < 40 and set(rendered) == {f"{n}/index.html" for n in range(len(rendered))}
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")) == sorted(
        file.path for file in files)
    assert all((tmp_path / f"{n}/index.html").read_text(encoding="utf-8") == f"Sida {n}" for n in range(40))


@pytest.mark.parametrize("problem", ["warning", "error"])
def test_a_file_with_a_problem_leaves_every_file_to_the_build(problem):
    files = [Page("a/index.html", "A"), Page("b/index.html", "B", problem)]
    assert render_ahead.RenderAhead(files, SETTINGS).results() == {}


def test_when_the_child_dies_the_build_renders_every_file_itself():
    work = render_ahead.RenderAhead([Page("a/index.html", "A")], SETTINGS)
    child, = [child for child in multiprocessing.active_children() if child.name == "partners-render"]
    child.kill()
    child.join()
    assert work.results() == {}


@pytest.mark.timeout(60)
def test_a_child_a_failed_build_left_behind_ends_when_closed(extractor, posts):
    """A build that fails while writing leaves its child with more pages
    than a pipe holds and no one to read them; the next build starts its
    own worker (a second child, forked while the first lives) before it
    closes the old one."""
    left = render_ahead.RenderAhead([Page(f"{n}/index.html", "x" * 100_000) for n in range(20)], SETTINGS)
    newer = prefetch.Prefetch(extractor)
    left.close()
    assert not [child for child in multiprocessing.active_children() if child.name == "partners-render"]
    name, inputs = next(iter(posts.items()))
    newer.send(name, inputs)
    assert newer.results()[name] == (inputs, analyse_post(extractor, inputs))


@pytest.mark.timeout(120)
def test_the_devserver_regenerates_after_a_build_that_failed_while_writing(tmp_path):
    """`make devserver` runs the same Pelican again after every change; a
    template error while the posts are written must not stall the next
    regeneration on the failed build's child."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    template = theme / "templates" / "article.html"
    working = template.read_text(encoding="utf-8")
    template.write_text(working.replace("{% block content %}", "{% block content %}{{ article.title.nosuch() }}", 1),
                        encoding="utf-8")
    output = tmp_path / "output"
    site = Pelican(read_settings(str(ROOT / "pelicanconf.py"), override={
        "OUTPUT_PATH": str(output), "THEME": str(theme), "CACHE_PATH": str(tmp_path / "cache")}))
    with pytest.raises(jinja2.UndefinedError):
        site.run()
    template.write_text(working, encoding="utf-8")
    site.run()
    assert (output / "partner" / "arbetsformedlingen" / "index.html").is_file()


# Notes what the build gave the child to render and what it took from it
# (a test's spy, as a plugin).
SPY = '''
import json
from pathlib import Path

from partners import render_ahead

results, write = render_ahead.RenderAhead.results, render_ahead.RenderAhead.write


def note(name, paths):
    Path(__file__).with_name(f"{name}.json").write_text(json.dumps(sorted(paths)))


def counted_results(self):
    rendered = results(self)
    note("rendered", rendered)
    return rendered


def counted_write(self, writer):
    note("given", [file.path for file in self.files])
    write(self, writer)


def register():
    render_ahead.RenderAhead.results = counted_results
    render_ahead.RenderAhead.write = counted_write
'''


def with_plugins(tmp_path, **plugins):
    """Settings overrides that add the plugins {name: source} to the site's."""
    folder = tmp_path / "plugins"
    folder.mkdir(exist_ok=True)
    for name, source in plugins.items():
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
    names = read_settings(str(ROOT / "publishconf.py"))["PLUGINS"] + list(plugins)
    return (f'PLUGIN_PATHS={json.dumps([str(ROOT / "plugins"), str(folder)])}', f"PLUGINS={json.dumps(names)}")


def test_the_site_is_the_same_with_and_without_a_second_core(tmp_path):
    """The build with both workers, whose term files come from the child, is
    byte for byte the build without them."""
    pelican(ROOT / "content", tmp_path / "with", "publishconf.py", *with_plugins(tmp_path, spy=SPY))
    pelican(ROOT / "content", tmp_path / "without", "publishconf.py", "PARTNER_PARALLEL=false")
    written = sorted(p.relative_to(tmp_path / "with") for p in (tmp_path / "with").rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(tmp_path / "without")
                             for p in (tmp_path / "without").rglob("*") if p.is_file())
    different = [str(path) for path in written
                 if (tmp_path / "with" / path).read_bytes() != (tmp_path / "without" / path).read_bytes()]
    assert not different
    given = json.loads((tmp_path / "plugins" / "given.json").read_text())
    rendered = json.loads((tmp_path / "plugins" / "rendered.json").read_text())
    term_files = [str(path) for path in written  # beside the charts' figures
                  if path.parts[0] in ("partner", "amne") and path.name in ("index.html", "atom.xml", "rss.xml")]
    assert given == sorted(term_files)
    # The build writes the posts first, so the child has rendered a good part
    # by the time the build reaches the term files; the build did the rest.
    assert rendered and set(rendered) <= set(given)
    assert any(path.endswith("atom.xml") for path in rendered) and any(path.endswith("rss.xml") for path in rendered)


# A writer of a plugin's own, which puts something in every page's context.
OWN_WRITER = '''
from pelican import signals
from pelican.writers import Writer


class OwnWriter(Writer):
    def write_file(self, name, template, context, *args, **kwargs):
        return super().write_file(name, template, {**context, "SITENAME": "Egen skrivare"}, *args, **kwargs)


def own_writer(pelican):
    return OwnWriter


def register():
    signals.get_writer.connect(own_writer)
'''

# A plugin that follows every feed written.
FEED_LISTENER = '''
import json
from pathlib import Path

from pelican import signals

written = []


def note(path, **context):
    written.append(path)


def report(pelican):
    Path(__file__).with_name("feeds.json").write_text(json.dumps(written))


def register():
    signals.feed_written.connect(note)
    signals.finalized.connect(report)
'''


def test_a_plugins_writer_renders_the_term_pages_itself(tmp_path):
    pelican(ROOT / "content", tmp_path / "out", "publishconf.py", *with_plugins(tmp_path, own_writer=OWN_WRITER))
    page = (tmp_path / "out" / "partner" / "arbetsformedlingen" / "index.html").read_text(encoding="utf-8")
    assert "Egen skrivare" in page


def test_a_plugin_that_follows_feeds_is_told_of_every_term_feed(tmp_path):
    pelican(ROOT / "content", tmp_path / "out", "publishconf.py", *with_plugins(tmp_path, feed_listener=FEED_LISTENER))
    feeds = json.loads((tmp_path / "plugins" / "feeds.json").read_text())
    assert any(path.endswith("/partner/arbetsformedlingen/atom.xml") for path in feeds)
    assert any(path.endswith("/amne/samverkan/rss.xml") for path in feeds)
