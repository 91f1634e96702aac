"""``python -m kg.gazetteer build|link …`` — the same commands as ``kg gazetteer …``."""

import argparse
import sys

from kg.gazetteer.cli import add_gazetteer_parser, run_gazetteer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.gazetteer")
    sub = parser.add_subparsers(dest="command", required=True)
    add_gazetteer_parser(sub, [], name=None)
    args = parser.parse_args(argv)
    return run_gazetteer(args)


if __name__ == "__main__":
    sys.exit(main())
