"""Partner and topic pages rendered in a second process while Pelican
writes the posts.

Pelican writes the whole site on one core, the posts first. Once the posts
are tagged, nothing the term pages show changes any more, so a forked child
renders them, with Pelican's own writer into a scratch folder, while the
build writes the posts. The build then writes the rendered pages through
its own writer, so Pelican's bookkeeping and `content_written` (the sitemap)
see every page as before. Should the build reach the term pages before the
child is done (a small site has few posts to write), it renders the
remaining pages itself, from the end of the list while the child goes on
from the front, instead of waiting. Whatever the child did not render
cleanly (it failed, or logged a warning) the build renders itself, so
problems are reported as they always are.
"""

import gc
import logging
import multiprocessing
import os
import tempfile

from pelican import signals
from pelican.writers import Writer

from . import second_core


class RenderAhead:
    def __init__(self, files, settings):
        """`files`: what to render, each with `path` (in the output folder)
        and `write(writer)`."""
        self.files = files
        self._claims = _Claims(len(files))
        # What the build holds is the child's to read: frozen, it is left
        # alone by the collections of both processes, which would copy it.
        gc.freeze()
        self._connection, self._child = second_core.start("partners-render", _render, files, settings, self._claims)

    def write(self, writer):
        """Write every file with `writer`: those the child has not taken
        yet rendered here, from the end of the list, then those it rendered."""
        written = set()
        while (index := self._claims.take_last()) is not None:
            self.files[index].write(writer)
            written.add(index)
        rendered = self.results()
        for index, file in enumerate(self.files):
            if index not in written:
                file.write(writer, rendered.get(file.path))

    def results(self):
        """{path: text} of every file the child rendered; empty if it failed."""
        try:
            rendered = self._connection.recv()
        except (OSError, EOFError):
            rendered = None
        self.close()
        return rendered or {}

    def close(self):
        self._connection.close()
        self._child.join()
        gc.unfreeze()


class _Claims:
    """Which files are taken: the child takes them from the front, the build
    from the back. Each process moves only its own end, so no lock is needed;
    where the two meet, both may render the same file, and none is left out."""

    def __init__(self, count):
        self._ends = multiprocessing.get_context("fork").RawArray("l", [0, count])

    def take_first(self):
        index = self._ends[0]
        if index >= self._ends[1]:
            return None
        self._ends[0] = index + 1
        return index

    def take_last(self):
        index = self._ends[1] - 1
        if index < self._ends[0]:
            return None
        self._ends[1] = index
        return index


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.logged = False

    def emit(self, record):
        self.logged = True


def _render(files, settings, claims, connection):
    # Pelican's progress lines would name the scratch folder; a warning
    # makes the build render the files itself, and report it there.
    warnings = _Warnings()
    logging.root.handlers = [warnings]
    rendered = None
    try:
        with tempfile.TemporaryDirectory(prefix="partners-render-") as scratch:
            writer = Writer(scratch, settings=settings)
            taken = []
            with signals.content_written.muted(), signals.feed_written.muted():
                while (index := claims.take_first()) is not None:
                    files[index].write(writer)
                    taken.append(files[index])
            if not warnings.logged:
                rendered = {file.path: _read(os.path.join(scratch, file.path)) for file in taken
                            if file.path and os.path.isfile(os.path.join(scratch, file.path))}
    except Exception:  # rendered again in the build, which reports it
        rendered = None
    try:
        connection.send(rendered)
    except OSError:  # the build ended or failed first
        pass


def _read(path):
    with open(path, encoding="utf-8", newline="") as file:
        return file.read()
