"""The widget kinds of the button family, declared once in a registry.

A kind is one Streamlit widget: its function, the arguments the playground
configures (the family's shared ones from ``arguments``, its own beside
them; their defaults read from the function's own signature), the code
around its call (``around``: a data name defined before it, a form around
it), its on-click modes (what its on_click can say,
read from the signature too), and which arguments feed its automatic widget
identity. Config, controls, code, paste, links, presets, compare and the log
read the registry: adding a kind is one ``register`` call.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import streamlit as st

from components.core import kind_rules, rules
from components.core.arguments import (
    ON_CLICK,
    SHARED,
    Argument,
)
from components.core.around import DOWNLOAD_DATA, FORM, Block, Named
from components.core.modes import CLICK_WORDS, DEFAULT_MODE, MODES
from components.core.widgets import Choice, Text

_NO_DEFAULT = inspect.Parameter.empty


@dataclass(frozen=True)
class Kind:
    """A Streamlit widget of the family, as the playground configures it."""

    function: Callable[..., Any]
    arguments: tuple[Argument, ...]
    # Arguments the widget hashes into its automatic identity when no key is
    # set: changing one makes a new widget, and state tied to the old is lost.
    identity: tuple[str, ...]
    # The on-click modes it takes; None: every registered mode whose click
    # the widget's on_click can express (see ``mode_names``).
    modes: tuple[str, ...] | None = ("plain",)
    # Fields of the code around the call, not arguments of the widget.
    context: tuple[Argument, ...] = ()
    named: Named | None = None
    block: Block | None = None
    # Whether AppTest can click it: it does not click link buttons (it can't
    # open a tab), so their "Copy as test" checks what the call sets instead.
    clicked_by_apptest: bool = True
    # Whether Streamlit raises when it is called inside ``st.form`` (the
    # classic mistake: only the form's submit button may sit there).
    refused_in_form: bool = False
    name: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.function.__name__)

    @property
    def mode_names(self) -> tuple[str, ...]:
        """The on-click modes this kind takes: a callback, a click that reruns,
        and a click that runs nothing where its on_click can say "ignore"."""
        if self.modes is not None:
            return self.modes
        return tuple(
            name
            for name, mode in MODES.items()
            if mode.on_click == "rerun" or mode.on_click in self.click_words
        )

    @cached_property
    def click_words(self) -> tuple[str, ...]:
        """The words its on_click takes besides a callback, read from its signature."""
        annotation = str(self.signature.parameters["on_click"].annotation)
        return tuple(word for word in CLICK_WORDS if repr(word) in annotation)

    @cached_property
    def click_default(self) -> str:
        """What a click does when on_click is not given: "rerun" or "ignore"."""
        default = self.defaults["on_click"]
        return default if isinstance(default, str) else "rerun"

    @cached_property
    def default_mode(self) -> str:
        """The mode of the bare call: plain, or "ignore" where that is the default."""
        quiet = [m for m in self.mode_names if MODES[m].on_click == self.click_default]
        return quiet[0] if self.click_default != "rerun" and quiet else DEFAULT_MODE

    @property
    def call_name(self) -> str:
        """How the code calls it: ``st.button``."""
        return f"st.{self.name}"

    @cached_property
    def signature(self) -> inspect.Signature:
        return inspect.signature(self.function)

    @cached_property
    def defaults(self) -> dict[str, Any]:
        """Each argument's default, read from the function's signature."""
        return {
            name: parameter.default
            for name, parameter in self.signature.parameters.items()
            if parameter.default is not _NO_DEFAULT
        }

    @cached_property
    def required(self) -> tuple[str, ...]:
        """The arguments the function takes without a default, in its order."""
        return tuple(
            name for name in self.signature.parameters if name not in self.defaults
        )

    @cached_property
    def argument_names(self) -> tuple[str, ...]:
        """The configured arguments in the function's signature order."""
        order = list(self.signature.parameters)
        return tuple(sorted((a.name for a in self.arguments), key=order.index))

    def argument(self, name: str) -> Argument:
        return next(a for a in self.arguments if a.name == name)

    def takes(self, name: str) -> bool:
        return any(argument.name == name for argument in self.arguments)

    @cached_property
    def fields(self) -> tuple[Argument, ...]:
        """Every field a config of this kind sets: the kind, its arguments in
        signature order, and the on-click pattern."""
        arguments = tuple(self.argument(name) for name in self.argument_names)
        return (KIND_FIELD, *arguments, *self.around_fields, *ON_CLICK.values())

    @property
    def around_fields(self) -> tuple[Argument, ...]:
        """The fields of the code around the call: its own, and its block's."""
        return (*self.context, *(self.block.fields if self.block else ()))

    @cached_property
    def settings(self) -> tuple[Argument, ...]:
        """What the sidebar shows for this kind beside the on-click pattern:
        its arguments in the sidebar's order, then the code around the call."""
        return (*self.arguments, *self.around_fields)

    def field(self, name: str) -> Argument | None:
        return next((f for f in self.fields if f.name == name), None)

    @cached_property
    def own_arguments(self) -> dict[str, Argument]:
        """The fields this kind adds beside the shared ones, by name: its own
        arguments and the code around its call."""
        return {a.name: a for a in self.settings if a.name not in SHARED}


KIND_FIELD = Argument(
    "kind",
    lambda value: rules.choice("kind", tuple(KINDS))(value),
    Choice(widget="selectbox"),
    "Content",
    "The widget of the button family to configure.",
)
# The shared arguments every widget of the family hashes into its automatic
# identity (button.py's compute_and_register_element_id calls); a kind adds its own.
SHARED_IDENTITY = (
    "label",
    "icon",
    "help",
    "type",
    "width",
    "icon_position",
    "shortcut",
)

BUTTON = Kind(
    function=st.button,
    arguments=tuple(SHARED.values()),
    identity=SHARED_IDENTITY,
    modes=None,
    refused_in_form=True,
)

LINK_BUTTON = Kind(
    function=st.link_button,
    arguments=(
        *SHARED.values(),
        Argument(
            "url",
            kind_rules.url,
            Text(optional=False, strip=True, placeholder="https://docs.streamlit.io"),
            "Content",
            "The address the button opens in a new tab: http, https or mailto. "
            "The playground refuses any other scheme (javascript:, data:, file:).",
            start="https://docs.streamlit.io",
        ),
    ),
    identity=(*SHARED_IDENTITY, "url"),
    modes=None,
    clicked_by_apptest=False,
)

DOWNLOAD_BUTTON = Kind(
    function=st.download_button,
    arguments=(
        *SHARED.values(),
        Argument(
            "data",
            rules.required_text("data"),
            Text(widget="text_area", optional=False),
            "Content",
            "The file's contents, as text (at most "
            f"{rules.MAX_TEXT_CHARS:,} characters, so a share link can carry them). "
            "Your app may pass bytes, a file or a dataframe's CSV just the same.",
            start="name,clicks\nAda,3\nGrace,5\n",
        ),
        Argument(
            "file_name",
            kind_rules.file_name,
            Text(placeholder="None: Streamlit names the file"),
            "Content",
            "The name the file is saved under, e.g. `clicks.csv`. "
            "Unset, Streamlit makes one up.",
        ),
        Argument(
            "mime",
            kind_rules.mime,
            Text(placeholder="None: text/plain for text"),
            "Content",
            "The file's media type, e.g. `text/csv`. Unset, Streamlit uses "
            "`text/plain` for text and `application/octet-stream` for bytes.",
        ),
    ),
    identity=(*SHARED_IDENTITY, "file_name", "mime"),
    modes=None,
    context=(
        Argument.flag(
            "deferred",
            "Content",
            "Build the file only when it is clicked: `data` becomes a function "
            "Streamlit calls on the click, so a costly file is not made on every rerun.",
            start=False,
        ),
    ),
    named=DOWNLOAD_DATA,
    refused_in_form=True,
)

KINDS: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    """Add ``kind`` to the registry; every contract test then runs over it."""
    KINDS[kind.name] = kind


def kind_named(name: object) -> Kind:
    """The kind registered as ``name``; the default kind when it names none."""
    return KINDS.get(name, BUTTON) if isinstance(name, str) else BUTTON


FORM_SUBMIT_BUTTON = Kind(
    function=st.form_submit_button,
    arguments=tuple(SHARED.values()),
    # Without a key Streamlit gives it one: "FormSubmitter:<form>-<label>".
    identity=("label", "form_key"),
    modes=None,
    block=FORM,
)

register(BUTTON)
register(DOWNLOAD_BUTTON)
register(LINK_BUTTON)
register(FORM_SUBMIT_BUTTON)
DEFAULT_KIND = BUTTON.name
