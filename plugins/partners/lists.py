"""Names that share one head word in a list: "Härnösands, Kramfors och
Sollefteå kommuner", "kommunerna Ånge och Timrå", "länsstyrelserna i
Norrbotten och Västerbotten", "regionerna Jämtland Härjedalen och
Västernorrland". Each name in such a list is its own partner, the
registry's municipality, county board or region of that place; a name the
registry does not know there is left out ("Volvo, Umeå och Skellefteå
kommuner" names two municipalities).

A list may also end in the singular: "Vilhelmina, Storuman och Lycksele
kommun", "Sunderby och Kalix sjukhus". Such a list counts only when each of
its names is such a partner, and, as "Umeå och Skellefteå kommun" may also
mean the town of Umeå and the municipality of Skellefteå, a list of
municipalities only when no preposition ("i Umeå och …") comes before it.

The plural head word is found first, and only the few words next to it
are read, so the cost stays linear in the text.
"""

import re

_CAPITAL = "A-ZÅÄÖÉÜ"
# One place: one or two capitalised words ("Upplands Väsby", "Jämtland Härjedalen").
_PLACE = rf"[{_CAPITAL}][\w-]*(?: [{_CAPITAL}][\w-]*)?"
_LIST = rf"(?:{_PLACE}, )*{_PLACE},? (?:och|samt|&) {_PLACE}"
_PLACE_WORDS = re.compile(_PLACE)
# The plural heads: "… kommuner" after the list; "kommunerna …",
# "länsstyrelserna (i) …", "regionerna …" before it.
_HEAD = re.compile(r"(?<![\w-])(?:([Kk]ommunerna|[Ll]änsstyrelserna|[Rr]egionerna)|(kommuner)s?)(?![\w-])")
# Where a head may start, one letter in: str.find runs far faster than a
# regular expression that must try every position.
_HEAD_CORES = ("ommuner", "änsstyrelserna", "egionerna")
_LIST_BEFORE = re.compile(rf"(?<![\w-]){_LIST} $")
_LIST_AFTER = re.compile(rf" (?:i )?({_LIST})")
_WINDOW = 160
_SINGULAR_LIST = re.compile(rf"(?<![\w-])(?:{_PLACE}, )*{_PLACE},? (?:och|samt) $")
_PREPOSITION = re.compile(r"(?<![\w-])(?:[Ii]|från|på|till|mot|för|vid|av|om|inom|utanför) $")
_KIND = {"kommuner": "municipality", "kommunerna": "municipality", "länsstyrelserna": "county_board",
         "regionerna": "region"}


class ListFinder:
    def __init__(self, partners):
        """Each municipality, county board and region by the place it is
        named for, as a list writes it: "Sundsvall" or "Sundsvalls",
        "Norrbotten" or "Norrbottens"."""
        self._places = {kind: {} for kind in set(_KIND.values())}
        for partner in partners:
            place = _place(partner)
            if place is not None:
                places = self._places[partner.kind]
                for written in (place, partner.name.removesuffix(" kommun"), f"{place}s"):
                    places.setdefault(written, partner)

    def find(self, text):
        """(start, end, partner) of every place in a list, in text order."""
        hits = []
        for head in _heads(text):
            after = head.group(1) is not None
            kind = _KIND[(head.group(1) or head.group(2)).lower()]
            if after:
                found = _LIST_AFTER.match(text, head.end(), head.end() + _WINDOW)
                listed = found and (found.start(1), found.end(1))
            elif _capitalised_before(text, head.start()):  # not "flera kommuner"
                start = max(0, head.start() - _WINDOW)
                found = _LIST_BEFORE.search(text, start, head.start())
                listed = found and (found.start(), found.end() - 1)
            else:
                found = None
            if found:
                hits += self._places_in(text, *listed, self._places[kind])
        return hits

    def before(self, text, start, named, places=False):
        """(start, end, partner) of each name in a list that ends in the
        partner named at `start`: "Vilhelmina, Storuman och" before
        "Lycksele kommun". `named(word)` is the partner a listed word
        names, or None; none count unless each word names one. If the
        words are `places` (towns), none count after a preposition either:
        "i Umeå" is the town."""
        if not text.endswith(("och ", "samt "), max(0, start - 5), start):
            return []
        found = _SINGULAR_LIST.search(text, max(0, start - _WINDOW), start)
        if found is None or (places and _PREPOSITION.search(text, max(0, found.start() - 10), found.start())):
            return []
        listed = [(word.start(), word.end(), named(word.group()))
                  for word in _PLACE_WORDS.finditer(text, found.start(), found.end())]
        return listed if all(partner is not None for _, _, partner in listed) else []

    def municipality(self, place):
        """The municipality of a place as a list writes it ("Storuman")."""
        return self._places["municipality"].get(place)

    @staticmethod
    def _places_in(text, start, end, places):
        hits = []
        for place in _PLACE_WORDS.finditer(text, start, end):
            written, offset = place.group(), place.start()
            partner = places.get(written)
            if partner is None and " " in written:  # "I Umeå": a capital that starts the sentence
                first, written = written.split(" ", 1)
                offset += len(first) + 1
                partner = places.get(written)
            if partner is not None:
                hits.append((offset, offset + len(written), partner))
        return hits


def _capitalised_before(text, end):
    """Whether the word before the space at `end` - 1 is capitalised."""
    start = text.rfind(" ", 0, end - 1) + 1
    return text[start:start + 1].isupper()


def _heads(text):
    for core in _HEAD_CORES:
        position = text.find(core, 1)
        while position != -1:
            head = _HEAD.match(text, position - 1)
            if head is not None:
                yield head
            position = text.find(core, position + len(core))


def _place(partner):
    if partner.kind == "municipality":
        return partner.place or None
    prefix = {"county_board": "Länsstyrelsen ", "region": "Region "}.get(partner.kind)
    if prefix and partner.name.startswith(prefix):
        return partner.name.removeprefix(prefix)
    return None
