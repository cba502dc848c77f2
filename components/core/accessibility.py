"""Whether a configured button is readable: its accessibility findings, under its theme.

Owns the four checks the Accessibility panel runs, each with the WCAG 2.2
success criterion it comes from: a widget with no accessible name (4.1.2),
its label's contrast at rest in Streamlit's colours under the theme (1.4.3),
a pixel width that draws a target under 24 px (2.5.8), and a tooltip on a
disabled widget that the keyboard never reaches (2.1.1). A check runs only
where the kind takes its arguments. The browser tier holds the findings to
axe-core's verdicts on the real preview.
"""

from __future__ import annotations

from dataclasses import dataclass

from components.core.button_box import label_px, target_size
from components.core.compare import MIN_RATIO, ButtonColors, Rgba, paint, ratio_text
from components.core.config import ButtonConfig
from components.core.key_colour import KeyColour
from components.core.kind import Kind
from components.core.kinds import KINDS
from components.core.label_text import has_accessible_name, js_blank
from components.core.row import Row
from components.core.text import code_span, listed_inline, quoted
from components.core.theme import Theme
from components.core.theme_colours import Mode, theme_modes, theme_palette

UNDERSTANDING = "https://www.w3.org/WAI/WCAG22/Understanding/"


@dataclass(frozen=True)
class Criterion:
    """A WCAG 2.2 success criterion, and its Understanding page at the W3C."""

    number: str
    name: str
    level: str
    page: str

    @property
    def url(self) -> str:
        return f"{UNDERSTANDING}{self.page}.html"

    @property
    def title(self) -> str:
        return f"WCAG {self.number} {self.name} (Level {self.level})"


@dataclass(frozen=True)
class Check:
    """One check the panel runs: what it judges, by which criterion."""

    id: str
    judges: str  # completes "Checked: …"
    criterion: Criterion


@dataclass(frozen=True)
class Finding:
    """One problem: where, what, by which criterion, and what to do."""

    check: Check
    where: str  # "Your button", "Button 2 of the row"
    sentence: str
    fix: str
    # The modes it fails in (contrast): a viewer sees one at a time.
    modes: tuple[Mode, ...] = ()


NAME = Check(
    "name",
    "an accessible name",
    Criterion("4.1.2", "Name, Role, Value", "A", "name-role-value"),
)
CONTRAST = Check(
    "contrast",
    "the label's contrast",
    Criterion("1.4.3", "Contrast (Minimum)", "AA", "contrast-minimum"),
)
TARGET_SIZE = Check(
    "target_size",
    "a pixel width's target size",
    Criterion("2.5.8", "Target Size (Minimum)", "AA", "target-size-minimum"),
)
# A disabled button takes no focus, so a tooltip shown on hover (and, on an
# enabled button, on focus) is information the pointer reaches and the
# keyboard never does: "all functionality ... operable through a keyboard
# interface" is 2.1.1's. 4.1.2 asks for a name and state, which the button
# has (Streamlit gives the help text no aria-describedby either way), and
# 1.4.13 governs how hover content behaves once shown, not who can show it.
DISABLED_HELP = Check(
    "disabled_help",
    "a disabled widget's tooltip",
    Criterion("2.1.1", "Keyboard", "A", "keyboard"),
)
CHECKS: tuple[Check, ...] = (NAME, CONTRAST, TARGET_SIZE, DISABLED_HELP)

# WCAG's large text (18pt, 24 px) needs 3:1. A bold label is large from
# 14pt; labels are drawn at most at weight 600 unless their Markdown bolds
# them, so bold is not counted here: such a label is judged by the stricter 4.5:1.
LARGE_TEXT_RATIO = 3.0
LARGE_TEXT_PX = 24
TARGET_PX = 24


def findings(
    cfg: ButtonConfig,
    theme: Theme,
    where: str = "Your button",
    own: KeyColour | None = None,
) -> list[Finding]:
    """Every problem of one widget, in the order of ``CHECKS``; ``own``: the
    colours the unofficial recipe paints a keyed button with, over the theme's."""
    kind = KINDS[cfg.kind]
    found = [
        _unnamed(cfg, kind, where),
        _low_contrast(cfg, kind, theme, where, own),
        _small_target(cfg, kind, theme, where),
        _unreachable_help(cfg, kind, where),
    ]
    return [finding for finding in found if finding is not None]


def shown_findings(
    shown: ButtonConfig | Row, theme: Theme, own: KeyColour | None = None
) -> list[Finding]:
    """A lone button's findings, or each member's of a row, named by its place."""
    if isinstance(shown, ButtonConfig):
        return findings(shown, theme, own=own)
    return [
        finding
        for index, member in enumerate(shown.members)
        for finding in findings(member, theme, f"Button {index + 1} of the row")
    ]


def checks_run(shown: ButtonConfig | Row) -> tuple[Check, ...]:
    """The checks that apply to what is shown: each where its kind takes the arguments."""
    members = shown.members if isinstance(shown, Row) else (shown,)
    kinds = [KINDS[member.kind] for member in members]
    return tuple(c for c in CHECKS if any(_applies(c, kind) for kind in kinds))


def none_found(shown: ButtonConfig | Row) -> str:
    """The line the panel shows when nothing was found: which checks ran."""
    checks = [
        f"{check.judges} ({check.criterion.number})" for check in checks_run(shown)
    ]
    return f"No problems found. Checked: {listed_inline(checks, ', ')}."


def needed_ratio(theme: Theme) -> float:
    """The contrast WCAG asks of a label at the theme's font size."""
    large = label_px(theme) >= LARGE_TEXT_PX
    return LARGE_TEXT_RATIO if large else MIN_RATIO


def _applies(check: Check, kind: Kind) -> bool:
    if check is TARGET_SIZE:
        return kind.takes("width")
    if check is DISABLED_HELP:
        return (
            kind.takes("help")
            and kind.takes("disabled")
            and not kind.focusable_when_disabled
        )
    return True  # every kind has a label, drawn in the theme's colours


def _unnamed(cfg: ButtonConfig, kind: Kind, where: str) -> Finding | None:
    icon = cfg.icon if kind.takes("icon") else None
    shortcut = cfg.shortcut if kind.takes("shortcut") else None
    if has_accessible_name(cfg.label, icon, shortcut):
        return None
    if js_blank(cfg.label):
        what = f"{where} shows no label and no icon"
    else:
        what = (
            f"{where}'s label {quoted(cfg.label)} draws no text (its Markdown "
            "renders as a rule, an empty image, math or blank space)"
        )
        if icon is not None:
            what += (
                ", and Streamlit names a button after its icon only when the "
                "label is empty"
            )
    return Finding(
        NAME,
        where,
        f"{what}: it has no accessible name, so a screen reader announces it by "
        "its role alone.",
        "Write what it does in the label, in words. For an icon-only button, "
        "leave the label empty and set an icon: Streamlit then names it after "
        "the icon (“home icon”).",
    )


def _low_contrast(
    cfg: ButtonConfig, kind: Kind, theme: Theme, where: str, own: KeyColour | None
) -> Finding | None:
    if kind.takes("disabled") and cfg.disabled:
        return None  # WCAG exempts the text of an inactive control
    # A widget with no type (a page link) is text on the page, as a tertiary's.
    button_type = cfg.type if kind.takes("type") else "tertiary"
    needed = needed_ratio(theme)
    weak = []
    for mode in theme_modes(theme):
        palette = theme_palette(theme, mode, "main")
        colours = paint(palette, button_type, "enabled")
        if own is not None:  # the recipe's CSS paints over the type's colours
            text = own.text or colours.text
            colours = ButtonColors(text, own.background, palette.background)
        if colours.ratio < needed:
            weak.append((mode, colours))
    if not weak:
        return None
    readings = [
        f"{ratio_text(c.ratio)} in {mode} mode ({_hex(c.seen_text)} on "
        f"{_hex(c.seen_background)})"
        for mode, c in weak
    ]
    if own is not None:
        fix = (
            "Pick an own label colour that stands out from the own background "
            "(the Theme panel's own colour), or leave the button to the theme."
        )
    elif button_type == "primary":
        fix = (
            "Streamlit draws a primary button's label white whatever the "
            "primaryColor: pick a darker primaryColor, or another type."
        )
    else:
        fix = (
            "Pick a textColor that stands out from backgroundColor, or leave "
            "both to Streamlit."
        )
    return Finding(
        CONTRAST,
        where,
        f"{where}'s label contrasts {' and '.join(readings)} with its "
        f"background: under the {needed:g}:1 WCAG asks of text this size.",
        fix,
        tuple(mode for mode, _ in weak),
    )


def _small_target(
    cfg: ButtonConfig, kind: Kind, theme: Theme, where: str
) -> Finding | None:
    size = target_size(cfg, theme) if kind.takes("width") else None
    if size is None or min(size) >= TARGET_PX:
        return None
    width, height = size
    short = [name for name, px in (("narrower", width), ("shorter", height)) if px < 24]
    return Finding(
        TARGET_SIZE,
        where,
        f"{code_span(f'width={cfg.width}')} draws {where[0].lower() + where[1:]} "
        f"{width:g} by {height:g} px: {' and '.join(short)} than the 24 by 24 px "
        "WCAG asks of a target. It passes only while no other target is within "
        "a 24 px circle around it (the spacing exception).",
        f"Give it a width of at least {TARGET_PX}, or `content`, or keep other "
        "buttons and links well away from it.",
    )


def _unreachable_help(cfg: ButtonConfig, kind: Kind, where: str) -> Finding | None:
    if not (_applies(DISABLED_HELP, kind) and cfg.disabled and cfg.help):
        return None
    return Finding(
        DISABLED_HELP,
        where,
        f"{where} is disabled and has a tooltip (`help`): a disabled button "
        "takes no keyboard focus, so the tooltip shows only under a mouse "
        "pointer and keyboard users never reach it.",
        "Say why it is disabled in text beside it (`st.caption`), or keep it "
        "enabled and explain when it is clicked.",
    )


def _hex(colour: Rgba) -> str:
    red, green, blue, _ = colour
    return f"#{red:02x}{green:02x}{blue:02x}"
