"""The benchmark's figure: one bar per metric against its target, drawn with Pillow.

``plot_rows`` (pure) turns a report into what each row shows; ``draw_png``
draws the rows. Ratio metrics share one scale, on which the bare app stands
at 1×; added milliseconds and megabytes each get a scale of their own, with
the bare app's own figure marked where it has one. A bar is green when its
target is met and red when not; the dashed red line is the target. A timed
row also shows how many messages the run it waits on sent, in each app.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from benchmarks.report import (
    ABSOLUTE,
    BARE,
    EVENT_OF_METRIC,
    MESSAGE_EVENTS,
    MINIMAL,
    PLAYGROUND,
    RATIO,
    count_text,
    figure_text,
)

LEGEND = "black tick: the bare app  ·  dashed red line: the target  ·  green: met, red: missed"


@dataclass(frozen=True)
class Row:
    title: str
    detail: str  # the medians behind the bar
    value: float | None  # what the bar shows: a ratio, added ms, or MB
    value_text: str
    target_text: str
    limit: float
    scale: float  # the bar's full width, in the value's unit
    passed: bool
    bare_mark: float | None  # where the bare app stands on this row's scale
    messages: str = ""  # the messages its run sent, when counted


def plot_rows(report: Mapping[str, Any]) -> list[Row]:
    metrics = report["metrics"]
    ratios = [m for m in metrics.values() if m["kind"] == RATIO]
    ratio_scale = _scale([m["value"] for m in ratios] + [m["limit"] for m in ratios])
    counts = report.get("messages", {})
    return [
        _row(
            entry,
            ratio_scale if entry["kind"] == RATIO else None,
            _messages(counts, EVENT_OF_METRIC.get(key)),
        )
        for key, entry in metrics.items()
    ]


def _row(entry: Mapping[str, Any], ratio_scale: float | None, messages: str) -> Row:
    value, kind = entry["value"], entry["kind"]
    bare = entry["apps"].get(BARE, {}).get("median")
    if kind == RATIO:
        bare_mark = 1.0
    elif kind == ABSOLUTE and bare is not None and bare > 0:
        bare_mark = bare
    else:
        bare_mark = None
    return Row(
        title=entry["title"],
        detail=_detail(entry),
        value=value,
        value_text=figure_text(entry),
        target_text=f"target {entry['target']}",
        limit=entry["limit"],
        scale=ratio_scale or _scale([value, entry["limit"], bare_mark]),
        passed=entry["passed"],
        bare_mark=bare_mark,
        messages=messages,
    )


def _detail(entry: Mapping[str, Any]) -> str:
    apps, unit = entry["apps"], entry["unit"]
    parts = [
        f"{app} {_number(apps[app]['median'])}"
        for app in (PLAYGROUND, BARE, MINIMAL)
        if app in apps
    ]
    return f"medians ({unit}): " + ", ".join(parts)


def _messages(counts: Mapping[str, Mapping[str, Any]], event: str | None) -> str:
    """The messages per run of the row's kind of run, for each app counted."""
    parts = [
        f"{app} {count_text(counts[app][event])}"
        for app in (PLAYGROUND, BARE, MINIMAL)
        if event in counts.get(app, {})
    ]
    if not parts:
        return ""
    return f"messages per {MESSAGE_EVENTS[event]}: " + ", ".join(parts)


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}"


def _scale(values: Sequence[float | None]) -> float:
    """A round full scale a little beyond the largest value."""
    top = max([abs(v) for v in values if v is not None] + [1.0]) * 1.15
    step = 0.5 if top <= 5 else 5.0
    return step * -(-top // step)


# --- drawing -------------------------------------------------------------------

WIDTH, ROW_HEIGHT, TOP = 1240, 78, 112
BAR_X, BAR_W = 460, 430
GREEN, RED, GREY, INK = (46, 160, 90), (214, 60, 60), (130, 130, 130), (30, 30, 30)
TRACK = (240, 240, 240)
# Without DejaVu, Pillow's own font has no arrows, × or ≤: spell them out.
_ASCII = str.maketrans({"→": "->", "×": "x", "≤": "<=", "·": "|"})


def draw_png(rows: Sequence[Row], title: str, subtitle: str, path: Path) -> None:
    height = TOP + ROW_HEIGHT * len(rows) + 20
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    _text(draw, (20, 16), title, INK, 24)
    _text(draw, (20, 52), subtitle, GREY, 15)
    _text(draw, (20, 76), LEGEND, GREY, 15)
    for index, row in enumerate(rows):
        _draw_row(draw, row, TOP + index * ROW_HEIGHT)
    image.save(path, format="PNG")


def _draw_row(draw: ImageDraw.ImageDraw, row: Row, top: int) -> None:
    _text(draw, (20, top + 8), row.title, INK, 17)
    _text(draw, (20, top + 34), row.detail, GREY, 14)
    _text(draw, (20, top + 54), row.messages, GREY, 14)
    bar_top, bar_bottom = top + 12, top + 46
    draw.rectangle((BAR_X, bar_top, BAR_X + BAR_W, bar_bottom), fill=TRACK)
    if row.value is not None and row.value > 0:
        end = _x(row.value, row.scale)
        colour = GREEN if row.passed else RED
        draw.rectangle((BAR_X, bar_top, end, bar_bottom), fill=colour)
    if row.bare_mark is not None:
        x = _x(row.bare_mark, row.scale)
        draw.line((x, bar_top - 4, x, bar_bottom + 4), fill=INK, width=2)
    _dashed(draw, _x(row.limit, row.scale), bar_top - 8, bar_bottom + 8)
    verdict, colour = ("met", GREEN) if row.passed else ("missed", RED)
    _text(
        draw, (BAR_X + BAR_W + 16, top + 8), f"{row.value_text}  {verdict}", colour, 17
    )
    _text(draw, (BAR_X + BAR_W + 16, top + 34), row.target_text, GREY, 14)


def _x(value: float, scale: float) -> float:
    return BAR_X + BAR_W * min(max(value / scale, 0.0), 1.0)


def _dashed(draw: ImageDraw.ImageDraw, x: float, top: int, bottom: int) -> None:
    for y in range(top, bottom, 6):
        draw.line((x, y, x, min(y + 3, bottom)), fill=RED, width=2)


def _text(
    draw: ImageDraw.ImageDraw,
    at: tuple[int, int],
    text: str,
    fill: tuple[int, int, int],
    size: int,
) -> None:
    font, has_symbols = _font(size)
    draw.text(at, text if has_symbols else text.translate(_ASCII), fill=fill, font=font)


@cache
def _font(size: int) -> tuple[ImageFont.FreeTypeFont | ImageFont.ImageFont, bool]:
    """DejaVu Sans when installed (Chromium's Debian package brings it), else Pillow's."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size), True
    except OSError:
        return ImageFont.load_default(size=size), False
