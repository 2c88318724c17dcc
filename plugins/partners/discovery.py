"""Find organisations the registry does not know yet, by their shape.

Swedish organisation names end in a head word ("… AB", "… universitet",
"… Konsult") or a suffix ("Ungdomsstyrelsen", "Samordningsförbundet"), or
start with one ("Region …", "Högskolan i …", "Delegationen för …"). Shapes
that are nearly always organisations are tagged; the rest become
candidates an editor reviews with `make candidates`.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

HIGH, MEDIUM = "high", "medium"

_CAPITAL = "A-ZÅÄÖÉÜ"
_WORD = re.compile(r"[\w&][\w&-]*")
_STOP = frozenset(
    "och i på med för av till som att en ett den det de är var har om från vid hos genom efter "
    "under mellan inom utan samt eller men både även också nu där här vi jag ni han hon man dem "
    "deras vår våra vårt sin sina sitt hela alla olika flera nya så då när".split()
)
# Head words after the name, with the kind they suggest and how sure the
# shape is. The genitive of the head ("universitets", "AB:s") is allowed.
_HEADS = {
    "AB": ("company", HIGH),
    "universitet": ("university", HIGH),
    "högskola": ("university", HIGH),
    "Konsult": ("company", MEDIUM),
    "Industrigrupp": ("network", MEDIUM),
    "Centrum": ("association", MEDIUM),
    "kommun": ("municipality", MEDIUM),
}
_HEAD = re.compile(
    r"(?<![\w-])(AB|universitet|högskola|Konsult|Industrigrupp|Centrum|kommun)(?::s|s)?(?![\w-])"
    r"(?: för(?: [a-zåäö][\w-]*){1,6})?"
)
# A name's "för …" part ends before the sentence goes on.
_ENDS_NAME = frozenset(
    "är var har hade som att kan ska skulle vill blir blev den det de vi jag ni han hon man inte "
    "också även när där så nu sedan genom".split()
)
_LEADING = [
    (re.compile(rf"(?<![\w-])AB (?:[{_CAPITAL}][\w&-]*)(?: [{_CAPITAL}][\w&-]*)?"), "company", HIGH),
    (re.compile(rf"(?<![\w-])Region (?:[{_CAPITAL}][\w-]*)(?: [{_CAPITAL}][\w-]*)?"), "region", HIGH),
    (re.compile(rf"(?<![\w-])Högskolan i [{_CAPITAL}][\w-]*"), "university", HIGH),
    (re.compile(r"(?<![\w-])(?:Delegationen|Myndigheten|Institutet|Rådet) för(?: [a-zåäö][\w-]*){1,6}"),
     "agency", MEDIUM),
]
_SUFFIX = re.compile(
    rf"(?<![\w-])[{_CAPITAL}][\w]*?(?:förbundet|styrelsen|verket|kassan|myndigheten|inspektionen|institutet"
    rf"|nämnden|rådet|delegationen|akademin|centrum|universitetet|högskolan)(?![\w-])"
)
_SUFFIX_KINDS = {"universitetet": "university", "högskolan": "university", "förbundet": "association"}
_GENITIVE = re.compile(r"(?::s|s)$")
_GENITIVE_HEADS = {"universitets", "högskolas", "kommuns"}


@dataclass(frozen=True)
class Found:
    name: str
    kind: str
    confidence: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _ordinary_word(word):
    """A word the Swedish dictionary knows is a noun like "styrelsen", not a name."""
    return simplemma.is_known(word.lower(), lang="sv")


def discover(text):
    """Every organisation-shaped name in `text`, in text order."""
    found = []
    for match in _HEAD.finditer(text):
        name_start = _name_start(text, match.start())
        if name_start is not None:
            name = _trim(text[name_start:match.end()])
            kind, confidence = _HEADS[match.group(1)]
            found.append(Found(name, kind, confidence, name_start, name_start + len(name)))
    for pattern, kind, confidence in _LEADING:
        for match in pattern.finditer(text):
            name = _trim(match.group())
            found.append(Found(name, kind, confidence, match.start(), match.start() + len(name)))
    for match in _SUFFIX.finditer(text):
        word = match.group()
        if not _ordinary_word(word):
            kind = next((k for suffix, k in _SUFFIX_KINDS.items() if word.endswith(suffix)), "agency")
            found.append(Found(word, kind, MEDIUM, match.start(), match.end()))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    return found


def _trim(name):
    """The name without a genitive -s and without the words after a "… för …"
    part that already continue the sentence."""
    words = name.split(" ")
    for index, word in enumerate(words):
        if index and word in _ENDS_NAME:
            words = words[:index]
            break
    words[-1] = _GENITIVE.sub("", words[-1]) if words[-1][:1].isupper() or words[-1] in _GENITIVE_HEADS else words[-1]
    return " ".join(words)


def _name_start(text, head_start):
    """Where the name before a head word begins: the earliest capitalised word
    of up to three words, none of them a function word, with no punctuation
    in between. None if the words before the head are not a name."""
    window = text[max(0, head_start - 80):head_start]
    offset = head_start - len(window)
    words = list(_WORD.finditer(window))[-3:]
    start = None
    position = len(window)
    for word in reversed(words):
        between = window[word.end():position]
        if between.strip() or word.group().lower() in _STOP:
            break
        if word.group()[0].isupper():
            start = offset + word.start()
        position = word.start()
    return start
