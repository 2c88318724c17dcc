"""`make check` rules for the partner data: the registry and vocabulary
load cleanly, and every override names a known partner or topic."""

from content_check.rules import Problem

from .extraction import Overrides, UnknownName
from .registry import RegistryErrors
from .site import load_extractor
from .yamlfile import DataError

_OVERRIDES = ("add_partners", "remove_partners", "add_topics", "remove_topics")


def override_check(settings):
    """(problems in the data files, per-post check of its overrides)."""
    try:
        extractor = load_extractor(settings)
    except DataError as error:
        return [Problem(error.path, error.line, error.message)], lambda source: []
    except RegistryErrors as errors:
        return [Problem(e.path, e.line, e.message) for e in errors.errors], lambda source: []

    def check(source):
        problems = []
        if not any(key in source.fields for key in _OVERRIDES):  # most posts: a build checks them all
            return problems
        overrides = Overrides.from_metadata({key: source.get(key) for key in _OVERRIDES})
        for key in _OVERRIDES:
            resolve = extractor.resolve_partner if "partner" in key else extractor.resolve_topic
            for name in getattr(overrides, key):
                try:
                    resolve(name)
                except UnknownName as error:
                    problems.append(Problem(str(source.path), source.line_of(key), str(error)))
        return problems

    return [], check
