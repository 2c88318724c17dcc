"""Swedish collation: a sort key that puts Å, Ä and Ö after Z.

Other plugins can use the same order with ``from swedish.collation import sv_key``.
"""

from functools import lru_cache

import icu


@lru_cache(maxsize=1)
def _collator():
    return icu.Collator.createInstance(icu.Locale("sv_SE"))


def sv_key(text) -> bytes:
    """Return a sort key for ``text`` in Swedish alphabetical order."""
    return _collator().getSortKey("" if text is None else str(text))
