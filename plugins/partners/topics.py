"""Tag posts with topics from the controlled vocabulary (topics.yaml).

Each topic has cue stems, exact words, phrases and case-sensitive
acronyms. One Aho-Corasick pass over the text finds every cue; a hit
counts when the word it sits in is an inflected form or a compound of the
stem ("kompetensförsörjningsfrågor", "lärlingsplatser",
"gymnasieyrkesutbildningen"). A topic is tagged when its weighted hits
reach a threshold that grows slowly with the length of the post, so one
passing word never makes a topic, and a cue in the title or summary
counts extra.
"""

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .automaton import Automaton
from .lexicon import is_known
from .registry import ascii_slug
from .text import fold
from .yamlfile import LINE, DataError, load_list

# Endings of Swedish nouns, verbs and adjectives after a stem.
ENDINGS = frozenset(
    "|s|en|ens|et|ets|er|erna|ernas|ers|ar|arna|arnas|or|orna|ornas|n|ns|na|nas|r|rna|rnas|e|es|t|ts"
    "|ade|at|ad|ande|as|a|e|ing|ingen|ingar|ingarna".split("|")
)
PHRASE_WEIGHT = 2.0
WEAK_WEIGHT = 0.5
HEADLINE_BONUS = 2.0
MIN_SCORE = 1.5
WORDS_PER_EXTRA_POINT = 1500
_MAX_WORD = 64
_WORDS = re.compile(r"\w+")


@dataclass
class Topic:
    label: str
    slug: str
    description: str
    stems: tuple = ()
    words: tuple = ()
    phrases: tuple = ()
    acronyms: tuple = ()
    weak: tuple = ()
    exclude: frozenset = frozenset()
    source: str = ""
    line: int = 0


_TOPIC_FIELDS = {"label", "slug", "description", "stems", "words", "phrases", "acronyms", "weak", "exclude", LINE}


def load_topics(path):
    topics, seen = [], {}
    for item in load_list(path):
        line = item[LINE]
        unknown = set(item) - _TOPIC_FIELDS
        if unknown:
            raise DataError(path, line, f"okänt fält: {', '.join(sorted(unknown))}")
        if not item.get("label") or not item.get("description"):
            raise DataError(path, line, "ämnet behöver 'label' och 'description'")

        def cues(key):
            value = item.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise DataError(path, line, f"'{key}' ska vara en lista med ord")
            return tuple(v.strip() if key == "acronyms" else fold(v.strip()) for v in value)

        topic = Topic(
            label=item["label"], slug=str(item.get("slug") or ascii_slug(item["label"])),
            description=item["description"], stems=cues("stems"), words=cues("words"),
            phrases=cues("phrases"), acronyms=cues("acronyms"), weak=cues("weak"),
            exclude=frozenset(cues("exclude")), source=str(path), line=line,
        )
        for key in {topic.label.casefold(), topic.slug}:
            if key in seen:
                raise DataError(path, line, f"'{key}' finns redan (rad {seen[key]})")
            seen[key] = line
        topics.append(topic)
    return topics


class TopicMatcher:
    def __init__(self, topics):
        self.topics = topics
        self._word_cues = {}
        table, idioms, acronyms = defaultdict(list), defaultdict(list), {}
        for topic in topics:
            weak = set(topic.weak)
            for kind, cues in (("stem", topic.stems), ("word", topic.words), ("phrase", topic.phrases)):
                for cue in cues:
                    table[cue].append((topic, kind, WEAK_WEIGHT if cue in weak else 1.0))
            for cue in topic.weak:
                if cue not in topic.stems and cue not in topic.words:
                    table[cue].append((topic, "word", WEAK_WEIGHT))
            # An excluded phrase is an idiom whose last word is no cue there
            # ("i praktiken", in practice), though it is elsewhere ("efter praktiken").
            for idiom in topic.exclude:
                if " " in idiom:
                    idioms[idiom].append(topic)
            for acronym in topic.acronyms:
                acronyms[acronym] = [(topic, 1.0)]
        # A cue of letters only lies inside one word, and is decided with all
        # the other cues of that word at once; a cue with a space or hyphen
        # ("gemensam bild", "eu-projekt") spans words.
        self._cues = Automaton({cue: (cue, table.get(cue, ()), not cue.isalnum(), tuple(idioms.get(cue, ())))
                                for cue in (*table, *idioms)})
        self._acronyms = Automaton(acronyms)

    def score(self, body, headline=""):
        """Topic scores (label -> score) for a body text and its title/summary."""
        scores, _ = self._tally(body)
        weights, words = self._tally(headline)
        for label, count in words.items():
            # Per cue word in the title, but half for a weak one ("Tillsammans …").
            scores[label] += HEADLINE_BONUS * min(count, weights[label])
        return scores

    def tag(self, body, headline=""):
        """The topics that are a real subject of the text, in vocabulary order."""
        threshold = threshold_for(body)
        scores = self.score(body, headline)
        return [topic for topic in self.topics if scores.get(topic.label, 0) >= threshold]

    def _tally(self, text):
        """Per topic label, the summed weight of the words of `text` that
        carry its cues, and the number of those words. A word counts once
        per topic, with its heaviest cue, so a phrase wins over a single
        word it starts with."""
        weights, words = defaultdict(float), defaultdict(int)
        folded = fold(text)
        cued = []  # every word with a cue of letters only
        spans = {}  # (word start, label) -> the heaviest cue spanning words from there
        idioms = []  # (topic, the idiom's last word)
        word_end = 0
        for start, end, (cue, uses, spanning, idiom_of) in self._cues.find(folded):
            if spanning:
                if idiom_of and _boundary(folded, start - 1) and _boundary(folded, end):
                    idioms += [(topic, cue.rsplit(" ", 1)[1]) for topic in idiom_of]
                word_start, end = _word_bounds(folded, start, end)
                if end - word_start <= _MAX_WORD:
                    for topic, weight in _counting(folded[word_start:end], start - word_start, cue, uses):
                        key = (word_start, topic.label)
                        spans[key] = max(weight, spans.get(key, 0.0))
            elif start >= word_end:  # else the rest of a word already found
                word_start, word_end = _word_bounds(folded, start, end)
                if word_end - word_start <= _MAX_WORD:
                    cued.append(folded[word_start:word_end])
        for word, count in Counter(cued).items():
            for label, weight in self._in_word(word):
                weights[label] += count * weight
                words[label] += count
        for topic, word in idioms:
            weight = dict(self._in_word(word)).get(topic.label)
            if weight:
                weights[topic.label] -= weight
                words[topic.label] -= 1
        # A cue spanning words ("gemensam bild") replaces what the word it
        # starts in counted for the same topic, where it weighs more.
        for (word_start, label), weight in spans.items():
            word_end = _WORD_REST.match(folded, word_start).end()
            counted = 0.0
            if word_end - word_start <= _MAX_WORD:
                counted = dict(self._in_word(folded[word_start:word_end])).get(label, 0.0)
            if weight > counted:
                weights[label] += weight - counted
                words[label] += not counted
        for start, end, uses in self._acronyms.find(text):
            if _boundary(text, start - 1) and _boundary(text, end):
                for topic, weight in uses:
                    weights[topic.label] += weight
                    words[topic.label] += 1
        return weights, words

    def _in_word(self, word):
        """(label, weight) for each topic the cues inside `word` count for,
        with the heaviest cue. Remembered across texts: a site repeats its
        words."""
        found = self._word_cues.get(word)
        if found is None:
            best = {}
            for start, _, (cue, uses, _, _) in self._cues.find(word):
                for topic, weight in _counting(word, start, cue, uses):
                    best[topic.label] = max(weight, best.get(topic.label, 0.0))
            found = tuple(best.items())
            if len(self._word_cues) > 200_000:
                self._word_cues.clear()
            self._word_cues[word] = found
        return found


def _counting(word, offset, cue, uses):
    """The (topic, weight) a cue at `offset` in `word` counts for."""
    after = len(word) - offset - len(cue)
    return [(topic, PHRASE_WEIGHT * weight if kind == "phrase" else weight)
            for topic, kind, weight in uses
            if word not in topic.exclude and _counts(kind, word, offset, after)]


def threshold_for(text):
    words = len(text) / 6.5  # average Swedish word plus space, without counting
    return max(MIN_SCORE, MIN_SCORE + (words - WORDS_PER_EXTRA_POINT) / WORDS_PER_EXTRA_POINT)


def _boundary(text, index):
    return index < 0 or index >= len(text) or not text[index].isalnum()


_WORD_REST = re.compile(rf"[^\W_]{{0,{_MAX_WORD + 1}}}")


def _word_bounds(text, start, end):
    """Start and end of the word around text[start:end]. Read no further
    than a word can be long: a runaway "word" (a pathological run of
    letters) comes back longer than _MAX_WORD, and no cue is searched in it."""
    left = start
    while left > 0 and text[left - 1].isalnum() and start - left <= _MAX_WORD:  # rare: most cues start a word
        left -= 1
    return left, _WORD_REST.match(text, end).end()


def _counts(kind, word, before, after):
    """Whether a cue found inside `word` is really that cue."""
    rest = word[len(word) - after:] if after else ""
    if kind == "word":
        return before == 0 and after == 0
    if kind == "phrase":
        # Only the phrase's last word may be inflected.
        return before == 0 and rest in ENDINGS
    # A stem: inflected, the first part of a compound, or its head.
    if before == 0:
        return rest in ENDINGS or _compound_tail(rest)
    prefix = word[:before]
    return len(prefix) >= 3 and rest in ENDINGS


@lru_cache(maxsize=8192)
def _compound_tail(rest):
    """`rest` is the second part of a compound: a known word, optionally after
    a linking -s- ("kompetensförsörjnings|frågor")."""
    if rest.startswith("s") and len(rest) > 4 and is_known(rest[1:]):
        return True
    return len(rest) >= 4 and is_known(rest)
