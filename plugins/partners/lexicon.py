"""Is a string a Swedish word? Answered from simplemma's Swedish dictionary.

Decoding that dictionary (964,000 word forms) takes a second on every
build, more than the rest of the extraction. Its word forms are compiled
once into a marisa trie stored in the virtual environment, beside the
simplemma version it came from; later builds memory-map the trie in a
millisecond.
"""

import os
import sys
import tempfile
from contextlib import suppress
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import marisa_trie

LANGUAGE = "sv"


def compiled_path():
    return Path(sys.prefix) / "share" / "partners" / f"{LANGUAGE}-simplemma-{version('simplemma')}.marisa"


@lru_cache(maxsize=1)
def _words():
    path = compiled_path()
    try:
        return marisa_trie.Trie().mmap(str(path))
    except RuntimeError:  # not compiled yet, or the file is damaged
        words = _compile()
    with suppress(OSError):  # a read-only environment compiles on every run instead
        _save(words, path)
    return words


def _compile():
    # Imported here: only the first build of an environment decodes the dictionary.
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return marisa_trie.Trie(DefaultDictionaryFactory().get_dictionary(LANGUAGE).keys())


def _save(trie, path):
    """Write the trie so that a concurrent build never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    os.close(handle)
    try:
        trie.save(partial)
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def is_known(word):
    """True for a word form the dictionary knows, as simplemma.is_known: a
    word also matches its entry in the other case ("sverige", "Frågor")."""
    words = _words()
    return word in words or (word.lower() if word[:1].isupper() else word.capitalize()) in words


def is_common_word(word):
    """True for a word the dictionary knows in lower case, as common words
    are written: "kvinnor" but not "Lulebo" or "Anna", which it knows as
    names."""
    return word.lower() in _words()
