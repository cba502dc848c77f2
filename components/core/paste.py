"""What the last paste gave: the reading (or row) applied, or why it was refused.

The code panel shows it under the editor while it is relevant: an error
while the editor still holds the pasted text (it is given the same code as
when the paste came), a reading while the controls still show what it
applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from components.core.config import ButtonConfig
from components.core.row import Row
from components.core.snippet_parser import ButtonCall, SnippetError, SnippetReading


@dataclass(frozen=True)
class PasteOutcome:
    """A paste's reading, or its error and the calls it offers to pick from."""

    text: str
    editor_code: str
    reading: SnippetReading | None = None
    error: SnippetError | None = None
    # The calls to pick from when the text holds several.
    calls: tuple[ButtonCall, ...] = ()
    # The row the calls made, applied with its first member to edit.
    row: Row | None = None

    def relevant(self, editor_code: str, config: ButtonConfig) -> bool:
        if self.error is not None:
            return editor_code == self.editor_code
        if self.row is not None:
            return self.row.members[0] == config
        return self.reading is not None and self.reading.config == config
