"""``python -m benchmarks [--costs] [--short] [--table] [--out DIR]``.

The playground against a bare app: writes ``benchmark.json`` and
``benchmark.png`` into DIR (``benchmarks/results`` by default) and prints the
results as Markdown tables (the metrics, then the messages per run).
``--costs``: the element cost table instead, what N elements of each kind
add to the bare app (``costs.json``). ``--table`` prints the table of the
results already in DIR without running anything. The exit status is 0
whatever the figures: the benchmark reports, it does not judge.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from benchmarks.costs import COSTS, COSTS_JSON, SHORT_COSTS, run_costs
from benchmarks.report import cost_table, markdown_table
from benchmarks.run import FULL, JSON_NAME, SHORT, run_benchmark

DEFAULT_OUT = Path(__file__).parent / "results"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--short", action="store_true", help="a quick run that proves it works"
    )
    parser.add_argument(
        "--costs", action="store_true", help="the cost table of extra elements"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    parser.add_argument(
        "--table", action="store_true", help="print the table of DIR's last results"
    )
    options = parser.parse_args(argv)
    if options.costs:
        name, table, run = COSTS_JSON, cost_table, run_costs
        settings = SHORT_COSTS if options.short else COSTS
    else:
        name, table, run = JSON_NAME, markdown_table, run_benchmark
        settings = SHORT if options.short else FULL
    if options.table:
        report = json.loads((options.out / name).read_text())
    else:
        report = run(settings, options.out)
        print(f"written to {options.out}")
    print(table(report))


if __name__ == "__main__":
    main()
