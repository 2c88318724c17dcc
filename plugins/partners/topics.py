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
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick
import simplemma

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


@dataclass
class TopicScore:
    topic: Topic
    score: float = 0.0
    cues: dict = field(default_factory=dict)  # cue -> count


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
        self._decided = {}
        self._cues = ahocorasick.Automaton()
        self._acronyms = ahocorasick.Automaton()
        table = defaultdict(list)
        for topic in topics:
            weak = set(topic.weak)
            for kind, cues in (("stem", topic.stems), ("word", topic.words), ("phrase", topic.phrases)):
                for cue in cues:
                    table[cue].append((topic, kind, WEAK_WEIGHT if cue in weak else 1.0))
            for cue in topic.weak:
                if cue not in topic.stems and cue not in topic.words:
                    table[cue].append((topic, "word", WEAK_WEIGHT))
            for acronym in topic.acronyms:
                self._acronyms.add_word(acronym, (acronym, [(topic, "word", 1.0)]))
        for cue, uses in table.items():
            # Words and phrases only count from the start of a word; knowing
            # that up front skips most hits inside longer words cheaply.
            inside_words = any(kind == "stem" for _, kind, _ in uses)
            self._cues.add_word(cue, (cue, uses, inside_words))
        for automaton in (self._cues, self._acronyms):
            if len(automaton):
                automaton.make_automaton()

    def score(self, body, headline=""):
        """Topic scores for a body text and its title/summary, best first."""
        scores = {}
        for topic, cue, weight in self._hits(body):
            entry = scores.setdefault(topic.label, TopicScore(topic))
            entry.score += weight
            entry.cues[cue] = entry.cues.get(cue, 0) + 1
        for topic, cue, weight in self._hits(headline):
            entry = scores.setdefault(topic.label, TopicScore(topic))
            entry.score += HEADLINE_BONUS
            entry.cues[cue] = entry.cues.get(cue, 0) + 1
        return sorted(scores.values(), key=lambda s: -s.score)

    def tag(self, body, headline=""):
        """The topics that are a real subject of the text, in vocabulary order."""
        threshold = threshold_for(body)
        found = {s.topic.label for s in self.score(body, headline) if s.score >= threshold}
        return [topic for topic in self.topics if topic.label in found]

    def _counting(self, word, offset, cue, uses):
        """The (topic, weight) a cue at `offset` in `word` counts for.
        Remembered across texts: the same words carry the same cues."""
        key = (word, offset, cue)
        found = self._decided.get(key)
        if found is None:
            after = len(word) - offset - len(cue)
            found = tuple(
                (topic, PHRASE_WEIGHT * weight if kind == "phrase" else weight)
                for topic, kind, weight in uses
                if word not in topic.exclude and _counts(kind, word, offset, after)
            )
            if len(self._decided) > 200_000:
                self._decided.clear()
            self._decided[key] = found
        return found

    def _hits(self, text):
        """(topic, cue, weight) per word of `text` that carries a cue. A word
        counts once per topic, with its heaviest cue, so a phrase wins over
        a single word it starts with."""
        if not text:
            return []
        folded = fold(text)
        best = {}
        if len(self._cues):
            for last, (cue, uses, inside_words) in self._cues.iter(folded):
                start = last - len(cue) + 1
                if start and not inside_words and folded[start - 1].isalnum():
                    continue
                word_start, word_end = _word_bounds(folded, start, last + 1)
                if word_start is None:
                    continue
                word = folded[word_start:word_end]
                for topic, weight in self._counting(word, start - word_start, cue, uses):
                    key = (word_start, topic.label)
                    if key not in best or best[key][2] < weight:
                        best[key] = (topic, cue, weight)
        hits = list(best.values())
        if len(self._acronyms):
            for last, (cue, uses) in self._acronyms.iter(text):
                start = last - len(cue) + 1
                if _boundary(text, start - 1) and _boundary(text, last + 1):
                    hits += [(topic, cue, weight) for topic, _, weight in uses]
        return hits


def threshold_for(text):
    words = len(text) / 6.5  # average Swedish word plus space, without counting
    return max(MIN_SCORE, MIN_SCORE + (words - WORDS_PER_EXTRA_POINT) / WORDS_PER_EXTRA_POINT)


def _boundary(text, index):
    return index < 0 or index >= len(text) or not text[index].isalnum()


_WORD_REST = re.compile(rf"[^\W_]{{0,{_MAX_WORD + 1}}}")


def _word_bounds(text, start, end):
    """The word around text[start:end], or None for runaway "words" (a
    pathological run of letters) that no cue should be searched in."""
    left = start
    while left > 0 and text[left - 1].isalnum():  # rare: most cues start a word
        left -= 1
        if start - left > _MAX_WORD:
            return None, None
    right = _WORD_REST.match(text, end).end()
    if right - end > _MAX_WORD:
        return None, None
    return left, right


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
    if rest.startswith("s") and len(rest) > 4 and simplemma.is_known(rest[1:], lang="sv"):
        return True
    return len(rest) >= 4 and simplemma.is_known(rest, lang="sv")
