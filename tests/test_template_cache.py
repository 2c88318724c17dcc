"""Compiled templates are kept in the cache folder between builds
(plugins/template_cache), and an edited template is compiled anew."""

import shutil

from conftest import ROOT, pelican


def test_the_next_build_uses_the_compiled_templates_and_sees_an_edit(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    override = f'THEME="{theme}"'
    pelican(ROOT / "content", tmp_path / "output", "publishconf.py", override)
    compiled, = (tmp_path / "output-cache").glob("jinja-*")
    kept = {path.name: path.stat().st_mtime_ns for path in compiled.iterdir()}
    assert len(kept) >= 10  # base.html, article.html, the includes, …

    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</body>", "<!-- ändrad mall --></body>"),
                    encoding="utf-8")
    pelican(ROOT / "content", tmp_path / "output", "publishconf.py", override)
    assert "<!-- ändrad mall -->" in (tmp_path / "output" / "index.html").read_text(encoding="utf-8")
    # Only the edited template was compiled again.
    changed = [name for name, stamp in kept.items() if (compiled / name).stat().st_mtime_ns != stamp]
    assert len(changed) == 1


def test_a_cache_folder_that_cannot_be_written_only_keeps_nothing(tmp_path):
    (tmp_path / "output-cache").write_text("en fil, ingen mapp", encoding="utf-8")
    pelican(ROOT / "content", tmp_path / "output", "publishconf.py")
    assert (tmp_path / "output" / "index.html").is_file()
