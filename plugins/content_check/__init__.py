"""Refuse to build a site from content with errors.

Runs the same checks as `make check` before Pelican reads the posts, reports every
problem as `file:line: message`, and stops the build before anything is
written to the output folder.
"""

from pelican import signals

from .rules import check_files, load_schema, post_files

# Other plugins add checks of their own here: callables taking the settings
# and returning (problems found once, a per-post check).
EXTRA_CHECKS = []


class ContentError(Exception):
    pass


def run_checks(settings):
    schema = load_schema(settings["METADATA_SCHEMA"])
    paths = post_files(settings["PATH"], settings["ARTICLE_PATHS"])
    problems, per_post = [], []
    for extra in EXTRA_CHECKS:
        found, check = extra(settings)
        problems += found
        per_post.append(check)
    return sorted(problems + check_files(paths, schema, per_post))


def check_before_build(article_generator):
    problems = run_checks(article_generator.settings)
    if problems:
        report = "\n".join(str(problem) for problem in problems)
        raise ContentError(f"innehållet har {len(problems)} fel, webbplatsen byggs inte:\n{report}")


def register():
    # Once per (re)generation, before any post is read or anything written.
    signals.article_generator_init.connect(check_before_build)
