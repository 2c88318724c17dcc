"""`make check`: validate every post and the registers, print each problem
as `file:line: message`, exit non-zero if there is any."""

import argparse
import importlib
import sys
from pathlib import Path

from pelican.settings import read_settings

from . import run_checks


def main(argv=None):
    parser = argparse.ArgumentParser(prog="make check", description=__doc__)
    parser.add_argument("content", nargs="?", default="content", help="innehållsmappen")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    args = parser.parse_args(argv)
    settings = read_settings(args.settings, override={"PATH": str(Path(args.content).resolve())})
    for plugin in settings["PLUGINS"]:
        importlib.import_module(plugin)  # plugins add their own checks on import
    problems = run_checks(settings)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} fel.", file=sys.stderr)
        return 1
    print("Inga fel.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
