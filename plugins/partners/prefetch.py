"""Extraction in a second process while Pelican is still reading posts.

Pelican reads and renders the posts on one core. A post's analysis needs
nothing but its own text (see `extraction.Analysis`), so a forked worker
analyses each post as soon as Pelican has read it, and by the time the last
post is read the analyses are ready: tagging then only resolves them, in
the build's own order. Where the machine has a single core or cannot fork,
or a post changed after it was sent, the post is analysed in place.
"""

import gc

from . import second_core
from .site import analyse_post

# Posts per message: few enough that the worker starts early, many enough
# that messages cost little.
BATCH = 50


class Prefetch:
    def __init__(self, extractor):
        self.extractor = extractor
        # What the build holds now (the registry above all) lives through
        # the build unchanged: frozen, the build's collections neither walk
        # it again and again nor write to it, which would copy the memory
        # it shares with the worker (Python's advice before a fork).
        gc.freeze()
        self._connection, self._worker = second_core.start("partners-prefetch", _work, extractor)
        self._batch = []
        self._sent = {}  # source path -> (number, inputs)
        self._failed = False

    def send(self, source_path, inputs):
        if self._failed:
            return
        self._sent[source_path] = (len(self._sent), inputs)
        self._batch.append(inputs)
        if len(self._batch) == BATCH:
            self._flush()

    def results(self):
        """{source path: (inputs, analysis)} for every post the worker
        analysed; empty if it failed. Ends the worker."""
        analyses = []
        self._flush()
        if not self._failed:
            try:
                self._connection.send(None)
                analyses = self._connection.recv()
            except (OSError, EOFError):
                pass
        self.close()
        return {path: (inputs, analyses[number]) for path, (number, inputs) in self._sent.items()
                if number < len(analyses) and analyses[number] is not None}

    def close(self):
        self._connection.close()
        self._worker.join()
        gc.unfreeze()

    def _flush(self):
        if self._batch and not self._failed:
            try:
                self._connection.send(self._batch)
            except OSError:  # the worker died: the build analyses every post itself
                self._failed = True
        self._batch = []


def _work(extractor, connection):
    analyses = []
    extractor.prepare()
    try:
        while (batch := connection.recv()) is not None:
            for inputs in batch:
                try:
                    analyses.append(analyse_post(extractor, inputs))
                except Exception:  # analysed again in the build, which reports it with the file's name
                    analyses.append(None)
        connection.send(analyses)
    except (OSError, EOFError):  # the build ended or failed first
        pass
