"""Partner and topic pages rendered in a second process while Pelican
writes the posts.

Pelican writes the whole site on one core, the posts first. Once the posts
are tagged, nothing the term pages show changes any more, so a forked child
renders them, with Pelican's own writer into a scratch folder, while the
build writes the posts. The build then writes the rendered pages through
its own writer, so Pelican's bookkeeping and `content_written` (the sitemap)
see every page as before. Whatever the child did not render cleanly (it
failed, or logged a warning) the build renders itself, so problems are
reported as they always are.
"""

import gc
import logging
import os
import tempfile

from pelican import signals
from pelican.writers import Writer

from . import second_core


class RenderAhead:
    def __init__(self, files, settings):
        """`files`: what to render, each with `path` (in the output folder)
        and `write(writer)`."""
        # What the build holds is the child's to read: frozen, it is left
        # alone by the collections of both processes, which would copy it.
        gc.freeze()
        self._connection, self._child = second_core.start("partners-render", _render, files, settings)

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


class _Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.logged = False

    def emit(self, record):
        self.logged = True


def _render(files, settings, connection):
    # Pelican's progress lines would name the scratch folder; a warning
    # makes the build render the files itself, and report it there.
    warnings = _Warnings()
    logging.root.handlers = [warnings]
    rendered = None
    try:
        with tempfile.TemporaryDirectory(prefix="partners-render-") as scratch:
            writer = Writer(scratch, settings=settings)
            with signals.content_written.muted(), signals.feed_written.muted():
                for file in files:
                    file.write(writer)
            if not warnings.logged:
                rendered = {file.path: _read(os.path.join(scratch, file.path)) for file in files
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
