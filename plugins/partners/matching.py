"""Find registry organisations in text with two Aho-Corasick automata.

Full names are matched case-insensitively once they start with a capital
letter ("ARBETSFÖRMEDLINGEN" too, but not the ordinary words "företagarna"
or "svensk handel"; see _capital_at); abbreviations case-sensitively ("Af", never "af"). A
match must start at a word boundary and may end in a Swedish inflection
tail: the genitive ("Arbetsförmedlingens", "SKR:s"), or a definite form of
a name written indefinitely, unless that form is a town ("Sandviken" is
the place, not the company Sandvik). Overlapping hits resolve leftmost-longest, so
"Länsstyrelsen Västernorrland" wins over a shorter name inside it and a
local office ("Arbetsförmedlingen i Härnösand") stays its parent
organisation. The cost is one pass over the text, whatever the registry's
size.
"""

import re
from typing import NamedTuple

from .automaton import Automaton
from .text import fold

# An inflection tail, or none, and then the end of the word.
_NAME_TAIL = re.compile(r"(?:s|'s|:s|en|ens|n|ns|et|ets)?(?!\w)")
_ABBREVIATION_TAIL = re.compile(r"(?::s|s|:n|:en|'s)?(?!\w)")


def _is_word(char):
    return char.isalnum() or char == "_"


class Hit(NamedTuple):
    """A name in the text; a tuple, since a long post has thousands."""

    start: int
    end: int
    partner: object


class Matcher:
    def __init__(self, partners):
        names, abbreviations = {}, {}
        self._places = {fold(partner.place) for partner in partners if partner.place}
        # Of two partners written the same way, the first keeps the name.
        for partner in partners:
            for name in partner.full_names:
                if name.isupper():  # "SCA", "LKAB": an acronym, matched as one
                    abbreviations.setdefault(name, (partner, None))
                    continue
                names.setdefault(" ".join(fold(name).split()), (partner, _capital_at(name, partner)))
            for abbreviation in partner.abbreviations:
                abbreviations.setdefault(abbreviation, (partner, None))
        self._names = Automaton(names)
        self._abbreviations = Automaton(abbreviations)

    def find(self, text):
        """Non-overlapping hits in `text`, leftmost-longest, in text order."""
        candidates = []
        folded = _collapse_spaces(fold(text))
        candidates += self._scan(self._names, folded, text, _NAME_TAIL, self._places)
        candidates += self._scan(self._abbreviations, text, text, _ABBREVIATION_TAIL)
        return leftmost_longest(candidates)

    @staticmethod
    def _scan(automaton, haystack, original, tail, places=()):
        """Hits of `automaton` that start a word and end one, after an
        inflection `tail` at most: "Arbetsförmedlingens", not "Afrika"."""
        hits = []
        for start, end, (partner, capital) in automaton.find(haystack):
            if start > 0 and _is_word(haystack[start - 1]):
                continue
            if capital is not None and not original[start + capital].isupper():
                continue
            ending = tail.match(haystack, end)
            if ending is None:
                continue
            if ending.end() > end and _is_town(haystack[start:ending.end()], end - start, places):
                continue
            hits.append(Hit(start, ending.end(), partner))
        return hits


# Words that make the county's name after them an organisation, often
# written in lower case: "länsstyrelsen i Västernorrland", "region Gävleborg".
_LOWERCASE_HEADS = ("Länsstyrelsen ", "Region ", "Landstinget ")


def _capital_at(name, partner):
    """Where in `name` the text must have a capital letter for the name to
    count, or None. A name counts only when capitalised like one:
    "Företagarna" and "Svensk Handel" are organisations, "företagarna" and
    "svensk handel" ordinary words (and "hela Sverige ska leva" a phrase).
    After a county's head word the county's own capital is enough, and a
    name the registry marks as never an ordinary word counts in any case
    ("arbetsförmedlingen")."""
    if not name[:1].isupper() or name in partner.any_case_names:
        return None
    if name.startswith(_LOWERCASE_HEADS):
        return next((index for index in range(1, len(name)) if name[index].isupper() and name[index - 1] == " "), 0)
    return 0


def _is_town(word, name_length, places):
    """Whether a name with a tail is a town: "Sandviken", "Sandvikens"
    (the company is Sandvik, its genitive "Sandviks")."""
    return word in places or (len(word) - 1 > name_length and word[:-1] in places)


def leftmost_longest(spans, rank=lambda span: 0):
    """The spans (with .start and .end) that do not overlap, in text order:
    the leftmost wins, of those starting together the longest, and of those
    as long the lowest `rank`."""
    chosen, reach = [], 0
    for span in sorted(spans, key=lambda span: (span.start, span.start - span.end, rank(span))):
        if span.start >= reach:
            chosen.append(span)
            reach = span.end
    return chosen


def _collapse_spaces(text):
    """Any single whitespace character becomes a space, keeping offsets, so a
    name broken over two lines still matches."""
    for space in "\n\t\r\u00a0":
        text = text.replace(space, " ")
    return text
