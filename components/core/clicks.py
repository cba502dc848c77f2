"""How a generated test clicks a widget, and what it then expects it to return.

st.button's by default: ``.click()``, then True on the click's run and False
after. A menu is clicked on an option (``OPTION``, which its test declares)
and returns it, then None. The modes' checks are written in these, and a
kind's ``unclicked`` value is read from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Clicks:
    click: str = "find_button(at).click().run()"
    # How the test asserts the click's value, and how it names that value.
    clicked_test: str = "is True"
    clicked: str = "True"
    # What the call returns on a run with no click.
    unclicked: Any = False

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
