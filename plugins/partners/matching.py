"""Find registry organisations in text with two Aho-Corasick automata.

Full names are matched case-insensitively once they start with a capital
letter ("ARBETSFÖRMEDLINGEN" too, but not the ordinary words "företagarna"
or "svensk handel"); abbreviations case-sensitively ("Af", never "af"). A
match must start at a word boundary and may end in a Swedish inflection
tail: the genitive ("Arbetsförmedlingens", "SKR:s"), or a definite form of
a name written indefinitely. Overlapping hits resolve leftmost-longest, so
"Länsstyrelsen Västernorrland" wins over a shorter name inside it and a
local office ("Arbetsförmedlingen i Härnösand") stays its parent
organisation. The cost is one pass over the text, whatever the registry's
size.
"""

from typing import NamedTuple

import ahocorasick

from .text import fold

_NAME_TAILS = ("s", "'s", ":s", "en", "ens", "n", "ns", "et", "ets")
_ABBREVIATION_TAILS = (":s", "s", ":n", ":en", "'s")


def _is_word(char):
    return char.isalnum() or char == "_"


class Hit(NamedTuple):
    """A name in the text; a tuple, since a long post has thousands."""

    start: int
    end: int
    partner: object


class Matcher:
    def __init__(self, partners):
        self._names = ahocorasick.Automaton()
        self._abbreviations = ahocorasick.Automaton()
        for partner in partners:
            for name in partner.full_names:
                if name.isupper():  # "SCA", "LKAB": an acronym, matched as one
                    self._abbreviations.add_word(name, (len(name), partner, False))
                    continue
                key = " ".join(fold(name).split())
                # A name counts only when capitalised like one: "Företagarna"
                # and "Svensk Handel" are organisations, "företagarna" and
                # "svensk handel" are ordinary words.
                capital = name[:1].isupper()
                self._names.add_word(key, (len(key), partner, capital))
            for abbreviation in partner.abbreviations:
                self._abbreviations.add_word(abbreviation, (len(abbreviation), partner, False))
        for automaton in (self._names, self._abbreviations):
            if len(automaton):
                automaton.make_automaton()

    def find(self, text):
        """Non-overlapping hits in `text`, leftmost-longest, in text order."""
        candidates = []
        folded = _collapse_spaces(fold(text))
        candidates += self._scan(self._names, folded, text, _NAME_TAILS)
        candidates += self._scan(self._abbreviations, text, text, _ABBREVIATION_TAILS)
        candidates.sort(key=lambda hit: (hit.start, -hit.end))
        chosen, reach = [], 0
        for hit in candidates:
            if hit.start >= reach:
                chosen.append(hit)
                reach = hit.end
        return chosen

    @staticmethod
    def _scan(automaton, haystack, original, tails):
        if not len(automaton):
            return
        for last, (length, partner, capital) in automaton.iter(haystack):
            start, end = last - length + 1, last + 1
            if start > 0 and _is_word(haystack[start - 1]):
                continue
            if capital and not original[start].isupper():
                continue
            end = _accept_tail(haystack, end, tails)
            if end is not None:
                yield Hit(start, end, partner)


def _accept_tail(text, end, tails):
    """End of the match with its inflection tail, or None if the match is
    only the beginning of a longer word."""
    for tail in tails:
        stop = end + len(tail)
        if text.startswith(tail, end) and (stop == len(text) or not _is_word(text[stop])):
            return stop
    if end == len(text) or not _is_word(text[end]):
        return end
    return None


def _collapse_spaces(text):
    """Any single whitespace character becomes a space, keeping offsets, so a
    name broken over two lines still matches."""
    for space in "\n\t\r\u00a0":
        text = text.replace(space, " ")
    return text
