"""Every kind's rules agree with the real widget: it takes what we accept,
refuses what we refuse (but where we are stricter on purpose), and hashes
exactly the arguments we say feed its automatic identity.

The value cases of a kind are all tried in one AppTest run, each call on
its own: a run costs more than all its calls."""

from __future__ import annotations

from functools import cache

import pytest
from streamlit.testing.v1 import AppTest

from components.core.kind import Kind
from components.core.kinds import KINDS
from components.core.modes import CLICK_WORDS
from tests.support.field_cases import (
    CHANGED_VALUES,
    INVALID,
    NOT_STRICTER_FOR_KIND,
    STRICTER_FOR_KIND,
    STRICTER_THAN_ST_BUTTON,
    VALID,
    case_id,
)


def _required(kind: Kind) -> dict[str, object]:
    """The arguments the playground always writes, at the values it starts
    from: the kind's required ones, and those whose default it refuses (a
    page link's label)."""
    return {
        name: kind.argument(name).start
        for name in kind.argument_names
        if name in kind.required or kind.argument(name).check(kind.defaults[name])
    }


def _run(
    kind: Kind,
    arguments: dict[str, object],
    block: tuple[str, dict[str, object]] | None = None,
) -> AppTest:
    """The widget called with ``arguments`` in a bare app: in ``block`` when
    given, else in the block it needs (a form's submit button in a form)."""

    def app(name, arguments, block):
        from contextlib import nullcontext

        import streamlit as st

        with getattr(st, block[0])(**block[1]) if block else nullcontext():
            getattr(st, name)(**arguments)

    at = AppTest.from_function(
        app, args=(kind.name, _required(kind) | arguments, block or _needed(kind))
    )
    return at.run()


def _needed(kind: Kind) -> tuple[str, dict[str, object]] | None:
    """The block the widget needs: a form's submit button is tried in a form."""
    return (kind.block.function, kind.block.bare("agree")) if kind.block else None


def widget_refuses(kind: Kind, name: str, value: object) -> bool:
    refusal = _refusals(kind.name)[(name, id(value))]
    # A refusal is the value's: two calls of the batch sharing an identity
    # would be refused for that, which says nothing of the value.
    assert refusal is None or "Duplicate" not in refusal, refusal
    return refusal is not None


@cache
def _refusals(kind_name: str) -> dict[tuple[str, int], str | None]:
    """Every case of the kind's arguments, each its own call of the widget in
    one bare app (an AppTest run costs more than all its calls): what each
    call raised, or None, by the argument's name and the value itself (its
    ``id``: a test id is cut short, and two long texts would share one). Each
    call has a key of its own unless its case sets one, so no two share an
    identity."""
    kind = KINDS[kind_name]
    every = [*VALID, *INVALID, *STRICTER_THAN_ST_BUTTON]
    every += [(name, value) for _, name, value in STRICTER_FOR_KIND]
    # A kind that is no widget (a page link) takes no key, and needs none.
    keyed = "key" in kind.argument_names
    cases = {
        (name, id(value)): ({"key": f"case_{number}"} if keyed else {}) | {name: value}
        for number, (name, value) in enumerate(every)
        if name in kind.argument_names
    }
    refusals: list[str | None] = []
    _run_calls(kind, [_required(kind) | call for call in cases.values()], refusals)
    return dict(zip(cases, refusals, strict=True))


def _run_calls(kind: Kind, calls: list[dict[str, object]], refusals: list) -> None:
    """The widget called once with each of ``calls`` in a bare app, in the
    block it needs; what each call raised (or None) appended to ``refusals``."""

    def app(name, calls, block, refusals):
        from contextlib import nullcontext

        import streamlit as st

        with getattr(st, block[0])(**block[1]) if block else nullcontext():
            for arguments in calls:
                try:
                    getattr(st, name)(**arguments)
                except Exception as error:
                    refusals.append(f"{type(error).__name__}: {error}")
                else:
                    refusals.append(None)

    at = AppTest.from_function(
        app, args=(kind.name, calls, _needed(kind), refusals), default_timeout=30
    ).run()
    assert not at.exception, [e.value for e in at.exception]


# The kinds that are widgets: each has an automatic identity and a key.
WIDGETS = [kind for kind in KINDS.values() if kind.identity]


def widget_id(kind: Kind, **arguments: object) -> str:
    # A link that ignores its clicks is no widget and has no identity; one
    # that reruns is, and only then can a changed identity lose anything.
    reruns = {kind.trigger: "rerun"} if kind.click_default == "ignore" else {}
    at = _run(kind, {"icon": "🌺"} | reruns | arguments)
    (element,) = at.get(kind.name)
    return element.proto.id


def cases(
    kind_cases: list[tuple[str, object]],
    stricter: bool = False,
    kind_refuses: bool | None = None,
) -> list:
    """The cases of the kinds' own arguments; ``stricter`` picks those where
    we refuse on purpose what the widget takes, else the others; ``kind_refuses``
    (when given) those a kind's own rule refuses (a page link's empty label) or not."""
    return [
        pytest.param(kind, name, value, id=f"{kind.name}-{name}-{case_id(value)}")
        for kind in KINDS.values()
        for name, value in kind_cases
        if name in kind.argument_names
        and _stricter(kind, name, value) == stricter
        and kind_refuses in (None, bool(_refusal(kind, name, value)))
    ]


def _refusal(kind: Kind, name: str, value: object) -> str | None:
    """Why the kind's own rule for ``name`` refuses ``value``, or None."""
    return kind.argument(name).check(value)


def _stricter(kind: Kind, name: str, value: object) -> bool:
    if (kind.name, name, value) in NOT_STRICTER_FOR_KIND:
        return False
    return (name, value) in STRICTER_THAN_ST_BUTTON or (
        kind.name,
        name,
        value,
    ) in STRICTER_FOR_KIND


@pytest.mark.parametrize(("kind", "name", "value"), cases(VALID, kind_refuses=False))
def test_the_widget_takes_what_we_accept(kind, name, value):
    assert not widget_refuses(kind, name, value)


@pytest.mark.parametrize(("kind", "name", "value"), cases(VALID, kind_refuses=True))
def test_what_a_kinds_own_rule_refuses_the_widget_refuses_too(kind, name, value):
    """A page link to a web address with an empty label, say."""
    assert _refusal(kind, name, value)
    assert widget_refuses(kind, name, value)


@pytest.mark.parametrize(
    ("kind", "name", "value"),
    cases(INVALID),
)
def test_the_widget_refuses_what_we_refuse(kind, name, value):
    assert widget_refuses(kind, name, value)


@pytest.mark.parametrize(
    ("kind", "name", "value"),
    cases(
        [*STRICTER_THAN_ST_BUTTON, *((n, v) for _, n, v in STRICTER_FOR_KIND)],
        stricter=True,
    ),
)
def test_where_we_are_stricter_the_widget_really_is_not(kind, name, value):
    assert (name, value) in INVALID
    assert not widget_refuses(kind, name, value)


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        pytest.param(kind, name, id=f"{kind.name}-{name}")
        for kind in WIDGETS
        for name in kind.argument_names
        if name in CHANGED_VALUES and name != "key"
    ],
)
def test_identity_arguments_are_exactly_those_the_widget_hashes(kind, name):
    changes_identity = widget_id(kind) != widget_id(
        kind, **{name: CHANGED_VALUES[name]}
    )
    assert changes_identity == (name in kind.identity)


@pytest.mark.parametrize("kind", KINDS.values(), ids=lambda kind: kind.name)
def test_a_kind_has_an_identity_exactly_when_streamlit_gives_its_element_an_id(kind):
    """A page link is an element, not a widget: no id, no key, no identity."""
    (element,) = _run(kind, {"label": "Go"}).get(kind.name)
    has_id = "id" in element.proto.DESCRIPTOR.fields_by_name
    assert has_id is bool(kind.identity) is kind.takes("key")


@pytest.mark.parametrize("kind", WIDGETS, ids=lambda kind: kind.name)
def test_with_a_key_no_argument_changes_the_identity_exactly_where_the_kind_says(kind):
    """A popover hashes its arguments beside its key; every other widget's
    key alone is its identity."""
    same = widget_id(kind, key="k") == widget_id(
        kind, key="k", label="Other", type="primary"
    )
    assert same is kind.key_keeps_identity


@pytest.mark.parametrize("kind", KINDS.values(), ids=lambda kind: kind.name)
def test_streamlit_refuses_in_a_form_exactly_the_kinds_the_playground_says(kind):
    """The classic mistake is shown for these kinds, and pasted code refused."""
    at = _run(kind, {}, block=("form", {"key": "mistake"}))
    refusals = [e.value for e in at.exception if "st.form()" in e.value]
    assert bool(refusals) is kind.refused_in_form, refusals


@pytest.mark.parametrize("word", CLICK_WORDS)
@pytest.mark.parametrize("kind", KINDS.values(), ids=lambda kind: kind.name)
def test_streamlit_takes_exactly_the_click_words_read_from_the_signature(kind, word):
    """``Kind.click_words`` is read from the annotation's text: the widget itself
    takes each word it lists and refuses each other one."""
    at = _run(kind, {kind.trigger: word})
    assert (not at.exception) is (word in kind.click_words), [
        e.value for e in at.exception
    ]


@pytest.mark.parametrize(
    "kind", [k for k in KINDS.values() if k.has_on_click], ids=lambda k: k.name
)
def test_streamlit_takes_none_for_the_trigger_exactly_where_the_kind_says(kind):
    """Pasted ``on_change=None`` is refused for a popover, as Streamlit refuses
    it; ``on_click=None`` is read as no callback for st.button, as it takes it."""
    at = _run(kind, {kind.trigger: None})
    assert (not at.exception) is kind.trigger_takes_none, [
        e.value for e in at.exception
    ]
