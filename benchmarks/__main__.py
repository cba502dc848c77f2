"""``python -m benchmarks [--short] [--out DIR]``: the playground against a bare app.

Writes ``benchmark.json`` and ``benchmark.png`` into DIR (``benchmarks/results``
by default) and prints each metric's ratio with its target. The exit status
is 0 whatever the figures: the benchmark reports, it does not judge a build.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.run import FULL, SHORT, run_benchmark

DEFAULT_OUT = Path(__file__).parent / "results"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--short", action="store_true", help="a quick run that proves it works"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    options = parser.parse_args(argv)
    report = run_benchmark(SHORT if options.short else FULL, options.out)
    for key, entry in report["metrics"].items():
        print(f"{entry['title']}: {_figure(entry)}  (target {entry['target']})")
    print(f"written to {options.out}")


def _figure(entry: dict) -> str:
    if entry["value"] is None:
        return "no figure"
    verdict = "met" if entry["passed"] else "MISSED"
    unit = "×" if entry["kind"] == "ratio" else f" {entry['unit']}"
    return f"{entry['value']:g}{unit} {verdict}"


if __name__ == "__main__":
    main()
