"""What a kind of the button family is, and the registry kinds join.

A kind is one Streamlit widget: its function, the arguments the playground
configures (the family's shared ones from ``arguments``, its own beside
them; their defaults read from the function's own signature), the code
around its call (``around``: a data name defined before it, a form around
it; ``contents``: what a container holds), its on-click modes (what its on_click, or a
popover's on_change, can say, read from the signature too), and which
arguments feed its automatic widget identity. The family's kinds are
declared in ``kinds``; adding one is one ``register`` call.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from components.core import rules
from components.core.arguments import ON_CLICK, SHARED, Argument
from components.core.around import Block, Named
from components.core.clicks import BUTTON_CLICKS, Clicks
from components.core.contents import Contents
from components.core.modes import CLICK_WORDS, DEFAULT_MODE, MODES
from components.core.widgets import Choice

_NO_DEFAULT = inspect.Parameter.empty


@dataclass(frozen=True)
class Kind:
    """A Streamlit widget of the family, as the playground configures it."""

    function: Callable[..., Any]
    arguments: tuple[Argument, ...]
    # Arguments the widget hashes into its automatic identity when no key is
    # set: changing one makes a new widget, and state tied to the old is lost.
    identity: tuple[str, ...]
    # Whether a key alone is then the identity (key_as_main_identity in
    # Streamlit's own call); a popover hashes its arguments beside its key.
    key_keeps_identity: bool = True
    # Whether it still registers that identity under on_click="ignore": a
    # link is then an element, and a popover keeps no state and no ID.
    identity_when_ignored: bool = True
    # The on-click modes it takes; None: every registered mode whose click
    # the widget's on_click can express (see ``mode_names``).
    modes: tuple[str, ...] | None = ("plain",)
    # Fields of the code around the call, not arguments of the widget.
    context: tuple[Argument, ...] = ()
    named: Named | None = None
    block: Block | None = None
    contents: Contents | None = None
    # The argument a click's callback or word goes to: a popover's on_change.
    trigger: str = "on_click"
    # Whether the trigger takes None for "no callback": a popover's refuses
    # it. Not read from the annotation, which a link's leaves out yet takes.
    trigger_takes_none: bool = True
    # Whether AppTest can click it: it does not click links (it can't open a
    # tab), so their "Copy as test" checks where they go (``address``) instead.
    clicked_by_apptest: bool = True
    # The argument that says where a link goes; its element's proto field too.
    address: str | None = None
    # Whether Streamlit raises when it is called inside ``st.form`` (the
    # classic mistake: only the form's submit button may sit there).
    refused_in_form: bool = False
    # Whether Tab still reaches it disabled (its tooltip then shows on focus):
    # a disabled page link is still a link with an address; the others are
    # disabled buttons, or links taken out of the tab order.
    focusable_when_disabled: bool = False
    # What the preview calls in place of the code's arguments when the
    # playground cannot serve them (a page of the user's own app), and why;
    # None when it calls them as they are.
    stand_in: Callable[[dict[str, Any]], tuple[dict[str, Any], str] | None] = (
        lambda kwargs: None
    )
    # How its "Copy as test" clicks it, and what it returns with and without
    # a click: st.button's True and False, a menu's option and None.
    clicks: Clicks = BUTTON_CLICKS
    # Its rules across fields, as (the field named, the rule on every value).
    across: tuple[tuple[str, Callable[[Mapping[str, Any]], str | None]], ...] = ()
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

    @property
    def hashed(self) -> tuple[str, ...]:
        """What its widget ID is computed from: its identity, and its key
        where a key does not stand for the identity alone (a popover's)."""
        return self.identity if self.key_keeps_identity else (*self.identity, "key")

    def has_identity(self, mode: str) -> bool:
        """Whether under ``mode`` it registers a widget ID: one that two
        widgets can't share, and a change of ``hashed`` loses."""
        ignored = MODES[mode].runs_nothing
        return bool(self.identity) and (self.identity_when_ignored or not ignored)

    def mode_title(self, mode: str) -> str:
        """A mode's title as this kind writes it: a popover's 'on_change="ignore"';
        its plain call, where that is not its bare call, 'on_click="rerun"'."""
        if self._reruns_on_request(mode):
            return f'{self.trigger}="rerun"'
        return MODES[mode].title.replace("on_click", self.trigger)

    def mode_help(self, mode: str) -> str:
        """A mode's help as this kind takes it (see ``mode_title``)."""
        if self._reruns_on_request(mode):
            return f'{self.trigger}="rerun": a click reruns the app from the top.'
        return MODES[mode].help

    def _reruns_on_request(self, mode: str) -> bool:
        """Whether ``mode`` is the plain call of a kind whose click runs
        nothing by default: its code then asks for the rerun."""
        return mode == DEFAULT_MODE and self.click_default == "ignore"

    @cached_property
    def has_on_click(self) -> bool:
        """Whether it takes an on_click (its ``trigger``) at all (a page link
        does not: a click only navigates)."""
        return self.trigger in self.signature.parameters

    @property
    def no_value_reason(self) -> str:
        """Why its call gives back its element rather than a value, where it does."""
        if not self.has_on_click:
            return "it takes no on_click: a link, not a widget"
        return 'under on_click="ignore" it is a link, not a widget'

    @property
    def unclicked(self) -> Any:
        """What the call returns on a run with no click (False, a menu's None)."""
        return self.clicks.unclicked

    def is_click(self, value: Any) -> bool | None:
        """Whether ``value``, what the call returned on a run, says it was
        clicked; None where a value kept from click to click can't say."""
        if self.clicks.keeps:
            return None
        return value is not None and value is not self.unclicked

    @cached_property
    def click_words(self) -> tuple[str, ...]:
        """The words its on_click takes besides a callback, read from its signature."""
        if not self.has_on_click:
            return ()
        annotation = str(self.signature.parameters[self.trigger].annotation)
        return tuple(word for word in CLICK_WORDS if repr(word) in annotation)

    @cached_property
    def click_default(self) -> str:
        """What a click does when on_click is not given: "rerun" or "ignore"
        (a widget with no on_click runs nothing on a click)."""
        default = self.defaults.get(self.trigger, "ignore")
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
        """Each argument's default, read from the function's signature; a
        function's as the code names it (a menu's ``format_func=str``: "str")."""
        return {
            name: _as_named(parameter.default)
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


def _as_named(default: Any) -> Any:
    return default.__qualname__ if isinstance(default, type) else default


KIND_FIELD = Argument(
    "kind",
    lambda value: rules.choice("kind", tuple(KINDS))(value),
    Choice(widget="selectbox"),
    "Content",
    "The widget of the button family to configure.",
)
KINDS: dict[str, Kind] = {}


def kind_called(call_name: str) -> Kind | None:
    """The registered kind the code calls as ``call_name`` (``st.button``)."""
    return next((k for k in KINDS.values() if k.call_name == call_name), None)


def register(kind: Kind) -> None:
    """Add ``kind`` to the registry; every contract test then runs over it."""
    KINDS[kind.name] = kind
