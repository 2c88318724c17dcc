"""Editors cannot break the published site: every kind of bad input is
reported as `file:line: message` by `make check`, all in one run, and the
build refuses to publish it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLUGINS, ROOT, pelican

GOOD_HEADER = "Title: {title}\nDate: 2020-01-01\nCategory: Gästblogg\nAuthor: Anna Andersson\nSummary: Kort.\n"

# name -> (file content, expected line, expected words in the message)
BAD_POSTS = {
    "utan-titel.md": ("Date: 2020-01-01\nCategory: Gästblogg\nAuthor: A\nSummary: S.\n\nText.\n",
                      1, "fältet 'title' saknas"),
    "fel-datum.md": ("Title: Fel datum\nDate: 2020-13-45\nCategory: Gästblogg\nAuthor: A\nSummary: S.\n\nText.\n",
                     2, "inget giltigt datum"),
    "okand-kategori.md": ("Title: Okänd kategori\nDate: 2020-01-01\nCategory: Nyheter\nAuthor: A\nSummary: S.\n\nT.\n",
                          3, "okänt värde 'Nyheter'"),
    "skript-i-titel.md": ("Title: Hej <script>alert(1)</script>\nDate: 2020-01-01\nCategory: Gästblogg\n"
                          "Author: A\nSummary: S.\n\nText.\n", 1, "HTML-kod"),
    "skript-i-skribent.md": ("Title: Skript i skribent\nDate: 2020-01-01\nCategory: Gästblogg\n"
                             "Author: <script>alert(1)</script>\nSummary: S.\n\nText.\n", 4, "HTML-kod"),
    "skript-i-partner.md": (GOOD_HEADER.format(title="Skript i partner")
                            + "add_partners: <script>alert(1)</script>\n\nText.\n", 6, "HTML-kod"),
    "okand-partner.md": (GOOD_HEADER.format(title="Okänd partner")
                         + "add_partners: Påhittade verket\n\nText.\n", 6, "okänd partner 'Påhittade verket'"),
    "okant-amne.md": (GOOD_HEADER.format(title="Okänt ämne") + "add_topics: Rymdfart\n\nText.\n",
                      6, "okänt ämne 'Rymdfart'"),
    "dubblett-1.md": (GOOD_HEADER.format(title="Samma rubrik") + "\nText.\n", None, None),
    "dubblett-2.md": (GOOD_HEADER.format(title="Samma rubrik") + "\nText.\n", 1, "används redan"),
    "tom.md": ("", 1, "filen är tom"),
    "oavslutat-kodblock.md": (GOOD_HEADER.format(title="Kodblock") + "\nText.\n\n```\nkod\n", 9,
                              "avslutas aldrig"),
    "konferens-utan-plats.md": ("Title: Konferens\nDate: 2020-01-01\nCategory: Konferensdokumentation\n"
                                "Author: A\nSummary: S.\nevent_date: 2020-01-01\norganiser: X\n"
                                "speakers: Anna | roll | Org | saknas\n\nText.\n", 1, "fältet 'venue' saknas"),
}


def content_with(tmp_path, posts=None, raw=None, registry_edit=None):
    """A copy of content/ with the given extra posts (text or raw bytes)."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    folder = content / "posts" / "test"
    folder.mkdir()
    for name, text in (posts or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in (raw or {}).items():
        (folder / name).write_bytes(data)
    if registry_edit:
        registry_edit(content / "taxonomy")
    return content


def make_check(content):
    env = {**os.environ, "PYTHONPATH": str(PLUGINS)}
    return subprocess.run([sys.executable, "-m", "content_check", str(content)], cwd=ROOT, env=env,
                          capture_output=True, text=True)


def test_good_content_passes_the_check():
    result = make_check(ROOT / "content")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def bad_content(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("bad")
    return content_with(
        tmp_path,
        posts={name: text for name, (text, _, _) in BAD_POSTS.items()},
        raw={"inte-utf8.md": "Title: Räksmörgås\nDate: 2020-01-01\n".encode("latin-1")},
    )


def test_check_reports_every_problem_in_one_run_as_file_line_message(bad_content):
    result = make_check(bad_content)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    folder = bad_content / "posts" / "test"
    for name, (_, line, message) in BAD_POSTS.items():
        if line is None:
            continue
        expected = f"{folder / name}:{line}: "
        assert any(out.startswith(expected) and message in out for out in lines), \
            f"väntade '{expected}… {message}' i:\n{result.stdout}"
    assert any(out.startswith(f"{folder / 'inte-utf8.md'}:1: filen är inte UTF-8") for out in lines)


def test_speaker_pointing_to_a_missing_section_is_reported(bad_content):
    result = make_check(bad_content)
    assert "talaren Anna pekar på avsnittet '#saknas' som inte finns" in result.stdout


def test_build_refuses_content_with_errors_and_writes_nothing(bad_content, tmp_path):
    output = tmp_path / "out"
    result = pelican(bad_content, output, check=False)
    assert result.returncode != 0
    assert "fel, webbplatsen byggs inte" in result.stdout + result.stderr
    assert not any(output.rglob("*.html"))


def break_yaml(taxonomy):
    path = taxonomy / "partners" / "companies.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n- name: Trasig\n  kind: [company\n", encoding="utf-8")


def duplicate_alias(taxonomy):
    path = taxonomy / "partners" / "companies.yaml"
    path.write_text(path.read_text(encoding="utf-8")
                    + "\n- name: Ett nytt bolag\n  kind: company\n  aliases: [Arbetsförmedlingen]\n",
                    encoding="utf-8")


@pytest.mark.parametrize("edit, message", [(break_yaml, "YAML-fel"), (duplicate_alias, "används redan av")])
def test_registry_errors_are_reported_with_file_and_line(tmp_path, edit, message):
    content = content_with(tmp_path, registry_edit=edit)
    result = make_check(content)
    assert result.returncode == 1
    registry = content / "taxonomy" / "partners" / "companies.yaml"
    lines = [line for line in result.stdout.splitlines() if line.startswith(f"{registry}:")]
    assert lines and message in lines[0], result.stdout
    line_number = int(lines[0].split(":")[1])
    assert 1 < line_number <= len(registry.read_text(encoding="utf-8").splitlines()) + 1
    assert pelican(content, tmp_path / "out", check=False).returncode != 0


def test_a_list_of_names_that_is_no_list_is_reported_with_its_file(tmp_path):
    def not_a_list(taxonomy):
        (taxonomy / "not_partners.yaml").write_text("Platsbanken: tjänst\n", encoding="utf-8")

    content = content_with(tmp_path, registry_edit=not_a_list)
    result = make_check(content)
    assert result.returncode == 1
    assert f"{content / 'taxonomy' / 'not_partners.yaml'}:1: filen ska vara en lista med namn" in result.stdout


def test_a_five_megabyte_post_builds(tmp_path):
    sentence = ("Arbetsförmedlingen och Härnösands kommun samverkar kring kompetensförsörjning och "
                "lärlingsplatser för unga i Västernorrland. ")
    paragraphs = "\n\n".join(sentence * 40 for _ in range(5 * 1024 * 1024 // (len(sentence.encode()) * 40)))
    content = content_with(tmp_path, posts={"stor.md": GOOD_HEADER.format(title="Ett mycket långt inlägg")
                                            + "\n" + paragraphs + "\n"})
    assert (content / "posts" / "test" / "stor.md").stat().st_size > 5_000_000
    assert make_check(content).returncode == 0
    output = tmp_path / "out"
    pelican(content, output)
    page = (output / "inlagg" / "ett-mycket-langt-inlagg" / "index.html").read_text(encoding="utf-8")
    assert "Härnösands kommun" in page and "partner/harnosands-kommun/index.html" in page


def make(target, **variables):
    env = {**os.environ}
    command = ["make", target, *[f"{key}={value}" for key, value in variables.items()]]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)


def snapshot(folder):
    return {path.relative_to(folder): path.read_bytes() for path in sorted(Path(folder).rglob("*")) if path.is_file()}


def test_failed_publish_leaves_the_last_good_site_intact(bad_content, tmp_path):
    output = tmp_path / "output"
    good = make("publish", INPUTDIR=ROOT / "content", OUTPUTDIR=output)
    assert good.returncode == 0, good.stdout + good.stderr
    before = snapshot(output)
    assert Path("index.html") in before

    bad = make("publish", INPUTDIR=bad_content, OUTPUTDIR=output)
    assert bad.returncode != 0
    assert snapshot(output) == before
    assert not (tmp_path / "output.tmp").exists() or not any((tmp_path / "output.tmp").rglob("*.html"))


def test_make_html_refuses_content_with_errors(bad_content, tmp_path):
    result = make("html", INPUTDIR=bad_content, OUTPUTDIR=tmp_path / "out")
    assert result.returncode != 0
    assert "okänd partner 'Påhittade verket'" in result.stdout + result.stderr
