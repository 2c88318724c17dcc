"""The Swedish word list the compound check reads: the same answers as
simplemma, from a trie compiled once per environment."""

import pytest
import simplemma

from partners import lexicon

WORDS = ["frågor", "platser", "avtal", "utbildningen", "Frågor", "FRÅGOR", "sverige", "Sverige",
         "stockholm", "eu", "xqzv", "platserna", "ngsfrågor", "styrelsen", "kommunstyrelsen", "a"]


@pytest.fixture
def compiled_at(monkeypatch):
    """Point the compiled trie at another path and forget the loaded one."""
    def use(path):
        monkeypatch.setattr(lexicon, "compiled_path", lambda: path)
        lexicon._words.cache_clear()
    yield use
    lexicon._words.cache_clear()


@pytest.mark.parametrize("word", WORDS)
def test_answers_as_simplemma_does(word):
    assert lexicon.is_known(word) == simplemma.is_known(word, lang="sv")


def test_compiles_once_and_reads_the_compiled_trie_afterwards(compiled_at, tmp_path, monkeypatch):
    path = tmp_path / "env" / "sv.marisa"
    compiled_at(path)
    assert lexicon.is_known("lärlingsplatser") == simplemma.is_known("lärlingsplatser", lang="sv")
    assert path.is_file() and not list(path.parent.glob("*.partial"))

    def never(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(lexicon, "_compile", never)
    compiled_at(path)
    assert [lexicon.is_known(w) for w in WORDS] == [simplemma.is_known(w, lang="sv") for w in WORDS]


def test_a_damaged_trie_is_compiled_again(compiled_at, tmp_path):
    path = tmp_path / "sv.marisa"
    path.write_bytes(b"half a file")
    compiled_at(path)
    assert lexicon.is_known("avtal") and not lexicon.is_known("xqzv")
    assert path.stat().st_size > 1_000_000


def test_a_read_only_environment_still_gets_answers(compiled_at, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    compiled_at(blocker / "sv.marisa")  # its folder cannot be created
    assert lexicon.is_known("avtal") and not lexicon.is_known("xqzv")
