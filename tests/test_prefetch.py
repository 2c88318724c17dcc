"""Posts analysed in a worker process while Pelican reads (partners/prefetch.py)
give the site exactly what analysing them in the build gives."""

import multiprocessing

import pytest
from pelican.readers import MarkdownReader
from pelican.settings import read_settings

from conftest import ROOT, pelican
from partners import prefetch
from partners.site import analyse_post, load_extractor, post_inputs

pytestmark = pytest.mark.skipif(not prefetch.available(), reason="kräver en andra kärna och fork")


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


def test_when_the_worker_dies_the_build_analyses_every_post_itself(extractor, posts):
    work = prefetch.Prefetch(extractor)
    name, inputs = next(iter(posts.items()))
    work.send(name, inputs)
    worker, = [child for child in multiprocessing.active_children() if child.name == "partners-prefetch"]
    worker.kill()
    worker.join()
    assert work.results() == {}


def test_the_site_is_the_same_with_and_without_the_worker(tmp_path):
    pelican(ROOT / "content", tmp_path / "with")
    pelican(ROOT / "content", tmp_path / "without", "publishconf.py", "PARTNER_PREFETCH=false")
    written = sorted(p.relative_to(tmp_path / "with") for p in (tmp_path / "with").rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(tmp_path / "without")
                             for p in (tmp_path / "without").rglob("*") if p.is_file())
    different = [str(path) for path in written
                 if (tmp_path / "with" / path).read_bytes() != (tmp_path / "without" / path).read_bytes()]
    assert not different


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
