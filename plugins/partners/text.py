"""Turn a post into the plain text the matchers read.

Only linear-time regular expressions: extraction must stay fast on
megabyte posts and never backtrack on pathological input.
"""

import html
import re
import unicodedata

_TAG = re.compile(r"<[^<>]*>")
# Inline markup goes without a trace: "<strong>Luleå kommun</strong>, Piteå"
# reads "Luleå kommun, Piteå", as lists and speaker lines are written.
_INLINE = re.compile(r"</?(?:a|abbr|b|cite|em|i|mark|q|s|small|span|strong|sub|sup|u)\b[^<>]*>", re.I)
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|dt|dd|figcaption|td|th|blockquote|div)>|<br\s*/?>", re.I)
_SKIP = re.compile(r"<(script|style|pre|code)\b[^>]*>.*?</\1>", re.I | re.S)
# A line break inside a paragraph before a person and their organisation
# after a comma, a bracket or a dash, as a programme lists its speakers line
# by line ("… Jämtland Härjedalen Turism\nSara Nordin, regionchef, Visita"),
# stays a line break.
_NAME = "[A-ZÅÄÖÉ][a-zåäöé]+(?:-[A-ZÅÄÖÉ][a-zåäöé]+)?"
_WRAP = re.compile(rf"\n(?!{_NAME} {_NAME}(?:, | \(| [–-] ))")
# Hyphen variants become "-", typographic apostrophes "'", soft hyphens go.
_REPLACEMENTS = (("\u2010", "-"), ("\u2011", "-"), ("\u2019", "'"), ("\u00ad", ""))
# A word broken at a line end ("Arbetsför-\nmedlingen") or reflowed from a
# PDF ("Arbetsför- medlingen"). A following conjunction means a suspended
# compound ("teknik- och industriföretag"), which must stay as it is. The
# pattern starts with the literal "-" so the regex engine can skip ahead;
# the letter before the hyphen is checked in _join.
_BROKEN = re.compile(
    r"-(?:[ \t]*\n[ \t]*| )(?!(?:och|eller|samt|respektive|resp|till|som|än|men|utan)\b)(?=[a-zåäöé])"
)


# A scraped page's list of other pages ("related documents"): each a title,
# an excerpt that repeats it, and a "Läs mer" link. Not the page's own text.
_READ_MORE = re.compile(r"[ \t]*Läs (?:mer|vidare)[ \t.»›…]*")


def html_to_text(markup):
    """Plain text of rendered HTML; block ends become line breaks."""
    # A line break inside a paragraph is mostly where the writer's editor
    # wrapped it: a space, like any other, or "Samordningsförbundet\nGävleborg"
    # would read as two lines.
    markup = _WRAP.sub(" ", _SKIP.sub(" ", markup).replace("\r", ""))
    markup = _BLOCK_END.sub("\n", markup)
    return _without_teasers(html.unescape(_TAG.sub(" ", _INLINE.sub("", markup))))


def _without_teasers(text):
    """The text without the teasers of other pages (see _READ_MORE)."""
    if "Läs " not in text:
        return text
    lines = text.split("\n")
    written = [index for index, line in enumerate(lines) if line.strip()]
    dropped = set()
    for position, index in enumerate(written):
        if position >= 2 and _READ_MORE.fullmatch(lines[index]):
            excerpt, title = lines[written[position - 1]].strip(), lines[written[position - 2]].strip()
            if excerpt.startswith(title[:40]):
                dropped.update((index, written[position - 1], written[position - 2]))
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def normalize(text):
    text = unicodedata.normalize("NFC", text)
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    return _BROKEN.sub(lambda m: "" if m.start() and m.string[m.start() - 1].isalnum() else m.group(), text)


def fold(text):
    """Lower-case `text` without changing its length, so offsets found in the
    folded text are offsets in the original."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
