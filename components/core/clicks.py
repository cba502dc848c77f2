"""How a generated test clicks a widget, and what it then expects it to return.

st.button's by default: ``.click()``, then True on the click's run and False
after. A menu is clicked on an option (``OPTION``, which its test declares)
and returns it, then None. A popover is a state, not a click: its ``.open``
stays what the last click made it, so a click is told by its on_change
having run, not by the value. The modes' checks are written in these, a
kind's ``unclicked`` value is read from here, and so is how the log words
what the app read on a run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from components.core.text import quoted


@dataclass(frozen=True)
class Clicks:
    click: str = "find_button(at).click().run()"
    # How the test asserts the click's value, and how it names that value.
    clicked_test: str = "is True"
    clicked: str = "True"
    # What the call returns on a run with no click.
    unclicked: Any = False
    # What the app reads of what the call returns: the value itself (""), or
    # an attribute of it (a popover's ".open").
    read: str = ""
    # The value is a state the click changes and keeps (a popover open or
    # closed), not a click's one-run value.
    keeps: bool = False
    # What the user did, as the log says it ("You clicked"); for a kept
    # state, by the state the click left: (to False, to True).
    done: str | tuple[str, str] = "clicked"

    def told(self, widget: str, value: str) -> str:
        """What the app read on a run, in words, ``value`` as the caller quotes
        it: "st.button returned True", "st.popover's .open was False"."""
        if self.read:
            return f"{widget}'s {self.read} was {value}"
        return f"{widget} returned {value}"

    def did(self, value: Any) -> str:
        """What the user did, given what the call then returned: "clicked",
        "opened the popover"."""
        if isinstance(self.done, tuple):
            return self.done[bool(value)]
        return self.done

    def after(self, value: Any) -> str:
        """What the next rerun reads, after a click that gave ``value``."""
        if self.keeps:
            return (
                f"It stays {quoted(value)} on every rerun until it is opened or "
                "closed again."
            )
        return f"On the next rerun it returns {quoted(self.unclicked)}."

    @property
    def checked_by_value(self) -> str:
        """The checks of a click's value: returned on its run only."""
        return (
            f"{self.click}\n"
            f"assert find_button(at).value {self.clicked_test}, "
            f'"the click did not return {self.clicked}"\n'
            "at.run()\n"
            f"assert find_button(at).value is {self.unclicked!r}, (\n"
            f'    "the button still returned {self.clicked} on the run after the click"\n'
            ")\n"
        )


BUTTON_CLICKS = Clicks()
MENU_CLICKS = Clicks(
    click="find_button(at).click(OPTION).run()",
    clicked_test="== OPTION",
    clicked="the option chosen",
    unclicked=None,
)
POPOVER_CLICKS = Clicks(
    clicked="its open state",
    unclicked=False,
    read=".open",
    keeps=True,
    done=("closed the popover", "opened the popover"),
)
