"""Work on a second core, in a forked child process: it shares what the
build has already loaded (the registry, the tagged posts) instead of
loading it again."""

import gc
import multiprocessing
import os
import signal
import weakref

# The build's ends of its children's connections. Each child closes the
# copies it inherits, its own connection's included: held open in a child,
# they would keep the build's close() from ever reaching the child at the
# other end, which would wait for a post or a reader forever (a failed
# build's leftover, under `make devserver`).
_build_ends = weakref.WeakSet()


def available():
    """A second core to use, and fork to start a child. Linux only: macOS
    can fork but not safely, and a daemonic process (as some servers run
    builds in) may not start one."""
    if not hasattr(os, "sched_getaffinity"):
        return False
    return (len(os.sched_getaffinity(0)) > 1 and "fork" in multiprocessing.get_all_start_methods()
            and not multiprocessing.current_process().daemon)


def start(name, work, *args):
    """Fork a child that runs `work(*args, connection)`; returns the build's
    end of the connection and the child. Daemonic, so a build that fails
    does not wait for it; it ends when the build closes the connection."""
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    _build_ends.add(ours)
    child = context.Process(target=_run, args=(work, args, theirs), name=name, daemon=True)
    child.start()
    theirs.close()
    return ours, child


def _run(work, args, connection):
    for end in list(_build_ends):
        end.close()
    # Ctrl-C is for the build.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A short-lived process that makes no cycles: a collection would only
    # walk, and so copy, the memory it shares with the build.
    gc.disable()
    status = 1
    try:
        work(*args, connection)
        status = 0
    finally:
        # Out at once, without flushing the standard streams as a process
        # normally ends: a thread of the build (Pelican's progress display)
        # may have held their lock when the child was forked, and the child
        # would wait for it forever.
        os._exit(status)
