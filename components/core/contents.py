"""What a container kind holds (``st.popover``): its call opens a ``with``
block the playground fills, and, where the container keeps its open state,
the app shows that state after it. Declared here, attached by ``kinds``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Contents:
    """What a container kind holds: the code of its ``with`` block and of
    the state shown after it; the preview draws the same."""

    # The name the code binds the container to, to read its state after.
    name: str
    text: str
    # Where the app shows the container's state, as ``st.write``'s label.
    state_label: str
    state: str

    def code(self, call: str, *, keeps_state: bool) -> str:
        """The call as a ``with`` block holding the content, then its state."""
        bound = f" as {self.name}" if keeps_state else ""
        after = (
            f"\nst.write({self.state_label!r}, {self.name}.{self.state})\n"
            if keeps_state
            else ""
        )
        return f"with {call}{bound}:\n    st.markdown({self.text!r})\n{after}"


POPOVER_CONTENTS = Contents(
    name="popover",
    text="Inside the popover. This runs on every rerun, open or closed.",
    state_label="The popover is open:",
    state="open",
)
