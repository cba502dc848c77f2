"""``python -m benchmarks [--short] [--out DIR]``: the playground against a bare app.

Writes ``benchmark.json`` and ``benchmark.png`` into DIR (``benchmarks/results``
by default) and prints the results as a Markdown table; ``--table`` prints the
table of the results already in DIR without running anything. The exit
status is 0 whatever the figures: the benchmark reports, it does not judge.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.report import markdown_table
from benchmarks.run import FULL, JSON_NAME, SHORT, run_benchmark

DEFAULT_OUT = Path(__file__).parent / "results"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--short", action="store_true", help="a quick run that proves it works"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    parser.add_argument(
        "--table", action="store_true", help="print the table of DIR's last results"
    )
    options = parser.parse_args(argv)
    if options.table:
        report = json.loads((options.out / JSON_NAME).read_text())
    else:
        report = run_benchmark(SHORT if options.short else FULL, options.out)
        print(f"written to {options.out}")
    print(markdown_table(report))


if __name__ == "__main__":
    main()
