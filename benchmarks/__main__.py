"""``python -m benchmarks [--costs | --against REV | --row] [--short] [--table] [--out DIR]``.

The playground against a bare app: writes ``benchmark.json`` and
``benchmark.png`` into DIR (``benchmarks/results`` by default) and prints the
results as Markdown tables (the metrics, then the messages per run).
``--costs``: the element cost table instead, what N elements of each kind
add to the bare app (``costs.json``). ``--against REV``: items 1 to 4 for
the playground now and as it was at git revision REV, in one run with bare
(``against.json``), to see what a change costs. ``--row``: the same with a
row of six buttons on the page against a lone button (``row.json``). ``--table`` prints the table
of the results already in DIR without running anything. The exit status is
0 whatever the figures: the benchmark reports, it does not judge.
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

from benchmarks.against import (
    AGAINST,
    AGAINST_JSON,
    ROW_JSON,
    SHORT_AGAINST,
    RevisionError,
    run_against,
    run_row,
)
from benchmarks.costs import COSTS, COSTS_JSON, SHORT_COSTS, run_costs
from benchmarks.report import cost_table, markdown_table, revision_table
from benchmarks.run import FULL, JSON_NAME, SHORT, run_benchmark

DEFAULT_OUT = Path(__file__).parent / "results"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--short", action="store_true", help="a quick run that proves it works"
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--costs", action="store_true", help="the cost table of extra elements"
    )
    which.add_argument(
        "--against",
        metavar="REV",
        help="the playground now against itself at git revision REV, in one run "
        "(with --table: the last such run's table, whatever REV)",
    )
    which.add_argument(
        "--row",
        action="store_true",
        help="items 1 to 4 with a row of six on the page, against a lone button",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write")
    parser.add_argument(
        "--table", action="store_true", help="print the table of DIR's last results"
    )
    options = parser.parse_args(argv)
    if options.against is not None:
        name, table = AGAINST_JSON, revision_table
        run = partial(run_against, options.against)
        settings = SHORT_AGAINST if options.short else AGAINST
    elif options.row:
        name, table, run = ROW_JSON, revision_table, run_row
        settings = SHORT_AGAINST if options.short else AGAINST
    elif options.costs:
        name, table, run = COSTS_JSON, cost_table, run_costs
        settings = SHORT_COSTS if options.short else COSTS
    else:
        name, table, run = JSON_NAME, markdown_table, run_benchmark
        settings = SHORT if options.short else FULL
    if options.table:
        report = json.loads((options.out / name).read_text())
    else:
        try:
            report = run(settings, options.out)
        except RevisionError as error:
            parser.error(str(error))
        print(f"written to {options.out}")
    print(table(report))


if __name__ == "__main__":
    main()
