"""The registry and vocabulary kept between builds (partners/data_cache.py):
read back only while nothing they depend on has changed."""

import pickle
import shutil
from pathlib import Path

import pytest
from pelican.settings import read_settings

from conftest import ROOT
from partners import data_cache, site
from partners.yamlfile import DataError

NEW_PARTNER = "\n- name: Nordiska Verktyg\n  kind: company\n"


@pytest.fixture
def settings(tmp_path, monkeypatch):
    """The site's data in a folder of its own, with a cache folder of its
    own, and no copy loaded in this process yet."""
    shutil.copytree(ROOT / "content" / "taxonomy", tmp_path / "content" / "taxonomy")
    monkeypatch.setattr(site, "_loaded", {})
    return read_settings(str(ROOT / "pelicanconf.py"), override={
        "PATH": str(tmp_path / "content"), "CACHE_PATH": str(tmp_path / "cache")})


def load_anew(settings):
    """load_extractor as a new process runs it."""
    site._loaded.clear()
    return site.load_extractor(settings)


def copies(settings):
    return sorted(p.name for p in Path(settings["CACHE_PATH"]).iterdir())


def names(extractor):
    return [partner.name for partner in extractor.registry.partners]


def test_the_next_build_reads_the_data_back_without_parsing_it(settings, monkeypatch):
    first = load_anew(settings)
    assert len(copies(settings)) == 1

    def parse(*args):
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(site, "load_registry", parse)
    monkeypatch.setattr(site, "load_topics", parse)
    again = load_anew(settings)
    assert names(again) == names(first)
    assert [topic.label for topic in again.topics] == [topic.label for topic in first.topics]
    assert again.extract("Vi träffade Arbetsförmedlingen i Härnösand.").partners.keys() == {
        again.registry.by_name("Arbetsförmedlingen")}


def test_an_edited_data_file_is_parsed_again(settings):
    load_anew(settings)
    companies = site.data_path(settings, "PARTNER_REGISTRY") / "companies.yaml"
    companies.write_text(companies.read_text(encoding="utf-8") + NEW_PARTNER, encoding="utf-8")
    assert "Nordiska Verktyg" in names(load_anew(settings))
    assert len(copies(settings)) == 1  # the copy of the earlier data is dropped


def test_a_new_data_file_is_parsed_again(settings):
    load_anew(settings)
    added = site.data_path(settings, "PARTNER_REGISTRY") / "more.yaml"
    added.write_text(NEW_PARTNER, encoding="utf-8")
    assert "Nordiska Verktyg" in names(load_anew(settings))


def test_a_data_error_is_reported_though_a_copy_of_earlier_data_exists(settings):
    load_anew(settings)
    topics = site.data_path(settings, "TOPIC_VOCABULARY")
    topics.write_text(topics.read_text(encoding="utf-8") + "\n- label: [\n", encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_anew(settings)
    assert str(error.value).startswith(f"{topics}:")


def test_the_copy_depends_on_the_plugins_code(settings, tmp_path, monkeypatch):
    files = sorted(site.data_path(settings, "PARTNER_REGISTRY").glob("*.yaml"))
    code = tmp_path / "code"
    shutil.copytree(data_cache.CODE, code)
    monkeypatch.setattr(data_cache, "CODE", code)
    before = data_cache.key(files)
    with (code / "registry.py").open("a", encoding="utf-8") as module:
        module.write("\n# a change to how the registry is read\n")
    assert data_cache.key(files) != before


def test_a_damaged_copy_is_replaced(settings):
    expected = names(load_anew(settings))
    copy, = Path(settings["CACHE_PATH"]).glob("*.pickle")
    copy.write_bytes(copy.read_bytes()[:1000])  # cut short, as by a full disk
    assert names(load_anew(settings)) == expected
    assert names(pickle.loads(copy.read_bytes())) == expected


def test_a_cache_folder_that_cannot_be_written_keeps_no_copy(settings, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    settings["CACHE_PATH"] = str(blocked / "cache")
    assert "Arbetsförmedlingen" in names(load_anew(settings))
