"""How a generated test finds its button: ``find_button``, by key or by label.

By its key, then its label checked; or by its label, among a row's buttons of
one label by its place in the row (AppTest lists elements in the page's
order, and a form's submit button under ``at.button`` too).
When the button is not there, the test fails saying which was changed. AppTest
lists each widget of the family under its own name (``at.button``,
``at.download_button``…); a container is a block found by its type.
"""

from __future__ import annotations

from collections.abc import Sequence

from components.core.config import ButtonConfig
from components.core.kinds import KINDS


def proto(cfg: ButtonConfig) -> str:
    """Where a test reads the widget's own fields: a container's, in its block's."""
    return f"proto.{cfg.kind}" if KINDS[cfg.kind].contents else "proto"


def finder(
    cfg: ButtonConfig, place: tuple[int, int] = (0, 1), subject: str = "The button"
) -> str:
    """``find_button``'s text. ``place``: the button's number among the row's
    buttons its finder sees, from 0, and how many they are (``label_place``);
    ``subject`` names the button in its docstring."""
    listed, has_key = listing(cfg), "button.key == KEY"
    label = f"button.{proto(cfg)}.label"
    if KINDS[cfg.kind].contents is not None:
        # A container has no .key; its id is "$$ID-<hash>-<key>", which is
        # how AppTest reads a widget's.
        has_key = 'button.proto.id.split("-", 2)[2:] == [KEY]'
    if cfg.key is not None:
        found = (
            f"    found = [button for button in {listed} if {has_key}]\n"
            '    assert found, f"no button has the key {KEY!r}: was its key changed?"\n'
            f"    assert found[0].{proto(cfg)}.label == LABEL, (\n"
            '        f"the button keyed {KEY!r} is labelled '
            f'{{found[0].{proto(cfg)}.label!r}}, "\n'
            '        f"not {LABEL!r}: was its label changed?"\n'
            "    )\n"
            "    return found[0]\n"
        )
    else:
        found = f"    found = [button for button in {listed} if {label} == LABEL]\n" + (
            _FOUND_BY_LABEL if place[1] == 1 else _found_among(*place)
        )
    return (
        "def find_button(at):\n"
        f'    """{subject} under test; the test fails here if the app lost it."""\n'
        f"{found}\n\n"
    )


_FOUND_BY_LABEL = (
    "    assert found, (\n"
    '        f"the button labelled {LABEL!r} is gone: was its label changed?"\n'
    "    )\n"
    "    return found[0]\n"
)


def _found_among(number: int, count: int) -> str:
    """Found among the row's buttons of one label: by its place, once all are there."""
    return (
        f"    assert len(found) == {count}, (\n"
        f'        f"the row has {{len(found)}} buttons labelled {{LABEL!r}}, not {count}: '
        'was a label changed?"\n'
        "    )\n"
        f"    return found[{number}]  # the row's buttons so labelled, in its order\n"
    )


def listing(cfg: ButtonConfig) -> str:
    """Where AppTest lists the widget, as the test writes it."""
    if KINDS[cfg.kind].contents is not None:
        return f"at.get({cfg.kind!r})"
    return f"at.{cfg.kind}"


def label_place(members: Sequence[ButtonConfig], index: int) -> tuple[int, int]:
    """The member's number among the row's buttons its finder by label sees
    (keyed or not), from 0, and how many they are."""
    cfg = members[index]
    seen = [_seen_with(cfg, other) for other in members]
    return sum(seen[:index]), sum(seen)


# AppTest lists a form's submit button under at.button too.
_LISTED_TOO = {"button": "form_submit_button"}


def _seen_with(cfg: ButtonConfig, other: ButtonConfig) -> bool:
    """Whether ``cfg``'s finder by label sees ``other`` too."""
    same_list = (
        listing(other) == listing(cfg) or _LISTED_TOO.get(cfg.kind) == other.kind
    )
    return other.label == cfg.label and same_list
