"""What the preview plays: the elements an app shows, and what one run did."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Shown:
    """An element the app draws: ``st.<element>(*args)``."""

    element: str
    args: tuple[Any, ...]


@dataclass(frozen=True)
class Played:
    """What the preview saw when it played a mode on one run."""

    # What the call returned: True or False, a menu's option or None.
    value: Any
    # Whether that value says the widget was clicked on this run; None where
    # it can't (a popover's open state, kept from click to click).
    clicked: bool | None
    # What the app's script changed in session state on this run.
    changes: dict[str, Any]
    # Whether the app called st.rerun(): its script stops there.
    rerun: bool
    # The call gave back its element, not a value (a link that ignores clicks).
    element: bool = False
    # Its place in the row it was played in (0 first); None: a lone button.
    member: int | None = None
