"""Fuzz: hostile values for every theme option, and hostile config.toml pasted.

Core: any value of any type for any option is taken as config.toml holds it
(taken again unchanged, and read back from its own config.toml), or refused by
a ``ThemeError`` for that option; any pasted text gives a theme of valid
options and a reason for every other key of its ``[theme]``, never a
traceback. AppTest: any text typed into a colour or radius box stays there,
with the refusal under it exactly when the option's rule refuses it, while the
config.toml shown keeps the last valid value; any text pasted into the paste
box stays there, and its valid options replace the theme, or the theme shown
stays and the box lists why.

Pasted and typed text has no lone surrogate: a browser sends UTF-8. Each
live property has the fuzz profile's 500 inputs, AppTest ones too, as in the
tier's other modules, on the module's shared session; each input sets every
control first, so none depends on the one before but for the theme shown.
A value inside a pasted file goes through the page at most 2,001 characters
long (a 100 KB colour costs a second there); the core reads longer ones.

The pinned inputs at the end are the bugs this tier found in the theme code
(refusals that quoted a 100 KB value whole or named no option, numbers past
Python's limits that raised, ``[theme.theme]`` read as ``[theme]``), each
fixed and kept as a regression test.
"""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components.core.keys import (
    THEME,
    THEME_PANEL,
    THEME_PASTE,
    THEME_PASTE_APPLY,
    THEME_TOML,
    theme_field_key,
    theme_key,
)
from components.core.markdown import message
from components.core.rules import MAX_TEXT_CHARS
from components.core.text import MAX_LISTED, quoted_name
from components.core.theme import (
    NO_THEME,
    OPTIONS,
    PATHS,
    TABLES,
    Theme,
    ThemeError,
    check_value,
    make_theme,
    option_of,
    option_path,
)
from components.core.theme_file import SUB_TABLES, read_theme_toml, theme_toml
from tests.fuzz.checks import assert_no_exception, assert_short
from tests.support.apptest import drawn, only, open_panels
from tests.support.markdown_model import read_message
from tests.support.strategies import (
    EDGE_INTEGERS,
    NUMBER_TEXTS,
    hostile_texts,
    huge_integers,
    wrong_types,
)
from tests.support.toml_text import toml_string, toml_value

FUZZ = settings(settings.get_profile("fuzz"))

# The tables inside [theme] (Streamlit's CustomThemeCategories).
TEXT_PATHS = tuple(p for p in PATHS if option_of(p).control in ("colour", "radius"))
NO_OPTION_SHOWN = "# "  # the config.toml shown without an option is a comment

# --- values of every option ---------------------------------------------------

# Hostile text, and the same as a browser sends it (UTF-8: no lone surrogate).
ANY_TEXTS = hostile_texts()
BROWSER_TEXTS = hostile_texts(surrogates=False)

# Texts a colour or radius box takes, as users write them.
VALID_TEXTS = {
    "colour": (
        "#ff4b4b",
        "f0e68c",
        "#FFF",
        " tomato ",
        "transparent",
        "rgb(1 2 3 / 50%)",
        "rgba(1, 2, 3, 0.5)",
        "hsl(120, 50%, 50%)",
        "hwb(0 0% 0%)",
    ),
    "radius": ("none", "Full", " 8PX ", "0.5rem", "0", "3", "1e3px"),
}
# Texts just past a rule: refused (the last ones: refused naming no option).
NEAR_TEXTS = {
    "colour": (
        "#ff4b4",
        "bluish",
        "hsl(120, 50, 50)",
        "rgb(1 2 3",
        "#ff4b4b; background: red",
        "currentcolor",
        "oklch(0.7 0.1 200)",
    ),
    "radius": ("-4px", "12abc", "8 em", "inf", "nan", "round", "small-ish"),
}
CSS_FORMS = (
    "rgb({} 0 0)",
    "rgb(0 {}% 0)",
    "rgba(0, 0, 0, {})",
    "rgb(0 0 0 / {})",
    "hsl({} 50% 50%)",
    "hsl(0 {}% 50%)",
    "hsl(0, 50%, {}%)",
    "hwb(0 {}% 0%)",
    "color(srgb {} 0 0)",
    "lab({} 0 0)",
    "#{}",
    "{}px",
    "{}rem",
    "{}",
)
# Numbers within a million, and past a float's range.
moderate_numbers = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.floats(-1e6, 1e6).map(repr),
    st.sampled_from(("-0", "+1", ".5", "5.", "1e3", "1_000", "٣", "nan", "inf")),
)
edge_numbers = st.one_of(
    st.sampled_from(NUMBER_TEXTS),
    st.sampled_from(("1e307", "1e308", "1.7e308", "-1e308", "1e309", "1e400")),
)


def css_texts() -> st.SearchStrategy[str]:
    """Colour functions and sizes with numbers in them, past the edges too."""
    numbers = st.one_of(moderate_numbers, edge_numbers)
    return st.builds(str.format, st.sampled_from(CSS_FORMS), numbers)


def texts_of(control: str) -> st.SearchStrategy[str]:
    """What a colour or radius box may hold: a browser's text, hostile too."""
    return st.one_of(
        st.sampled_from(VALID_TEXTS[control]),
        st.sampled_from(NEAR_TEXTS[control]),
        css_texts(),
        BROWSER_TEXTS,
    )


def values_of(path: str) -> st.SearchStrategy[object]:
    """Any value for the option at ``path``: its own, near misses, any type."""
    option = option_of(path)
    own = (
        texts_of(option.control)
        if option.control in VALID_TEXTS
        else st.sampled_from(option.choices or range(1, 49))
    )
    near = st.sampled_from(
        (0, 49, 15.5, 16.0, True, "16", 425, 650, "400", 400.0, "Dark", "true", 1)
    )
    return st.one_of(
        own,
        near,
        ANY_TEXTS,
        wrong_types,
        st.floats(),
        st.sampled_from(EDGE_INTEGERS),
        st.lists(st.one_of(own, st.integers()), max_size=3),
        st.dictionaries(st.text(max_size=5), own, max_size=2),
    )


def options_and_values() -> st.SearchStrategy[tuple[str, object]]:
    # Built once, not per input (a flatmap builds each input's strategies anew:
    # a third of the property's time).
    return st.one_of([st.tuples(st.just(path), values_of(path)) for path in PATHS])


def checked(path: str, value: object) -> object:
    """What ``check_value`` gives: the value kept, or its ``ThemeError``; any
    other exception propagates (a traceback the page would show)."""
    try:
        return check_value(path, value)
    except ThemeError as refusal:
        return refusal


def names_its_key(key: str, problem: str) -> bool:
    """Whether ``problem`` names what it is about: the option (a path such as
    ``sidebar.primaryColor``) or the unknown table (``"name."``)."""
    if key.endswith("."):
        table = key[:-1]
        return f"[theme.{table}]" in problem or quoted_name(table) in problem
    return key in problem or quoted_name(key) in problem


def assert_taken(path: str, kept: object) -> None:
    """A value taken is taken again as it is, and comes back from its own config.toml."""
    again = check_value(path, kept)
    assert again == kept and type(again) is type(kept), (kept, again)
    if kept is not None:
        theme = make_theme({path: kept})
        reading = read_theme_toml(theme_toml(theme))
        assert (reading.theme, reading.problems) == (theme, {})


# --- core: check_value ---------------------------------------------------------


@FUZZ
@given(options_and_values())
def test_any_value_of_any_option_is_taken_as_config_toml_holds_it_or_refused_for_it(
    path_value,
):
    path, value = path_value
    outcome = checked(path, value)  # anything but a ThemeError fails here
    if isinstance(outcome, ThemeError):
        assert outcome.path == path
        assert_short(str(outcome))
        assert names_its_key(path, str(outcome)), str(outcome)
    else:
        assert_taken(path, outcome)


def test_the_value_check_sees_a_value_taken_and_a_value_refused():
    """The twin: a colour Streamlit takes is kept; a number for it is refused
    for that option; a value that would not read back is caught."""
    assert_taken("sidebar.primaryColor", checked("sidebar.primaryColor", " #ff4b4b "))
    refusal = checked("sidebar.primaryColor", 255)
    assert isinstance(refusal, ThemeError) and refusal.path == "sidebar.primaryColor"
    assert names_its_key("sidebar.primaryColor", str(refusal))
    with pytest.raises(ThemeError):  # a size as a float is not taken again
        assert_taken("baseFontSize", 16.0)


# --- pasted config.toml --------------------------------------------------------


def theme_file(top: dict[str, object], *, header: str, inline: bool) -> str:
    """A config.toml with ``top`` as its ``[theme]``: a section per table, or
    one inline table; after ``header`` (another section, or nothing)."""
    if inline:
        return f"{header}theme = {toml_value(top)}\n"
    lines = [header + "[theme]"]
    lines += [
        f"{toml_string(k)} = {toml_value(v)}"
        for k, v in top.items()
        if not isinstance(v, dict)
    ]
    for name, table in top.items():
        if isinstance(table, dict):
            lines.append(f"[theme.{toml_string(name)}]")
            lines += [f"{toml_string(k)} = {toml_value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


OPTION_NAMES = tuple(option.name for option in OPTIONS)
keys = st.one_of(
    st.sampled_from(OPTION_NAMES),
    st.sampled_from(PATHS),
    st.sampled_from(("codeFont", "linkColor", "sidebar", "dark", "primarycolor", "")),
    BROWSER_TEXTS,
)


def toml_values(leaf_chars: int | None) -> st.SearchStrategy[object]:
    """Any TOML value, hostile where it is text (at most ``leaf_chars`` long)."""
    hostile = BROWSER_TEXTS
    if leaf_chars is not None:
        hostile = hostile.filter(lambda text: len(text) <= leaf_chars)
    own = st.one_of(
        st.sampled_from(tuple(t for texts in VALID_TEXTS.values() for t in texts)),
        st.sampled_from(tuple(t for texts in NEAR_TEXTS.values() for t in texts)),
        st.sampled_from(tuple(c for o in OPTIONS for c in o.choices)),
        st.integers(-1, 60),
        css_texts(),
    )
    leaves = st.one_of(
        own,
        own,
        hostile,
        st.sampled_from(EDGE_INTEGERS),
        st.integers(),
        st.floats(),
        st.booleans(),
        st.datetimes(),
        st.dates(),
        st.times(),
        huge_integers,
    )
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=5), inner, max_size=2),
        max_leaves=5,
    )


def theme_tables(leaf_chars: int | None) -> st.SearchStrategy[dict[str, object]]:
    """A ``[theme]``: options of any name and value, and tables of any name
    (``[theme.theme]`` among them)."""
    values = toml_values(leaf_chars)
    names = st.sampled_from(TABLES)
    tables = st.dictionaries(
        names | st.sampled_from(("Sidebar", "other")) | keys,
        st.dictionaries(keys, values, max_size=4),
        max_size=3,
    )
    return st.builds(
        lambda options, tables: options | tables,
        st.dictionaries(keys, values, max_size=5),
        tables,
    )


# Valid themes, as the unit tests draw them: each option's own values.
THEME_VALUES = {
    "colour": st.sampled_from(VALID_TEXTS["colour"]).map(str.strip),
    "radius": st.sampled_from(("none", "full", "8px", "0.5rem", "3")),
    "size": st.integers(1, 48),
    "flag": st.booleans(),
}


@st.composite
def themes(draw) -> Theme:
    values = {}
    for path in draw(st.lists(st.sampled_from(PATHS), unique=True)):
        option = option_of(path)
        # A strategy is always truthy, and hypothesis warns on bool() of one.
        if option.control in THEME_VALUES:
            values[path] = draw(THEME_VALUES[option.control])
        else:
            values[path] = draw(st.sampled_from(option.choices))
    return make_theme(values)


def splice(text: str, at: int, cut: int, insert: str) -> str:
    at %= len(text) + 1
    return text[:at] + insert + text[at + cut :]


# Texts past tomllib's or Python's limits (they raised once).
BREAKING_PASTES = (
    "[theme]\nbaseFontSize = " + "9" * 5_000,
    "[theme]\nbaseFontSize = 0x" + "F" * 4_000,
    "[theme]\nprimaryColor = " + "[" * 2_000 + "]" * 2_000,
    "[theme]\nsidebar = " + "{a = " * 2_000 + "1" + "}" * 2_000,
)


def pasted_texts(leaf_chars: int | None = None) -> st.SearchStrategy[str]:
    """Config.toml files with a hostile ``[theme]``, cut and spliced, and any
    text; ``leaf_chars`` bounds a value's text and a splice (not the text's)."""
    files = st.builds(
        theme_file,
        theme_tables(leaf_chars),
        header=st.sampled_from(("", "[server]\nport = 8501\n\n", "title = 'x'\n")),
        inline=st.booleans(),
    )
    hostile = BROWSER_TEXTS
    inserts = hostile
    if leaf_chars is not None:
        inserts = hostile.filter(lambda text: len(text) <= leaf_chars)
    texts = st.one_of(
        files,
        files,
        files,
        themes().map(theme_toml),
        st.builds(
            splice,
            files,
            st.integers(0, 2_000),
            st.integers(0, 10),
            st.sampled_from(("\x00", "\r", '"', "[", "=", "\n[theme]\n")) | inserts,
        ),
        st.sampled_from(
            (
                "",
                "[theme]\n",
                "theme = 1\n",
                "[[theme]]\nprimaryColor = 'red'\n",
                "[theme]\n[[theme.sidebar]]\nprimaryColor = 'red'\n",
                "[theme]\nsidebar.primaryColor.x = 1\n",
                "\ufeff[theme]\nfont = 'serif'\n",
            )
        ),
        hostile,
    )
    return st.one_of(texts, st.sampled_from(BREAKING_PASTES))


def options_in(text: str) -> dict[str, list[object]]:
    """Every option of a config.toml's ``[theme]``, by path, as Streamlit reads
    them: each value given (a quoted ``"sidebar.x"`` in ``[theme]`` is the
    same option as ``x`` in ``[theme.sidebar]``); ``"name."`` for a table of
    an unknown name (``[theme.theme]`` too: Streamlit sets no option from it)."""
    try:
        top = tomllib.loads(text).get("theme")
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):  # bug 5's too
        return {}
    found: dict[str, list[object]] = {}
    if not isinstance(top, dict):
        return found
    for name, value in top.items():
        if not isinstance(value, dict):
            found.setdefault(option_path("theme", name), []).append(value)
        elif name in SUB_TABLES:
            for inner, item in value.items():
                found.setdefault(option_path(name, inner), []).append(item)
        else:
            found.setdefault(f"{name}.", []).append(value)
    return found


@FUZZ
@given(pasted_texts())
def test_any_pasted_config_toml_gives_its_valid_options_and_a_reason_for_each_other(
    text,
):
    reading = read_theme_toml(text)  # a traceback fails here
    for key, problem in reading.problems.items():
        assert_short(problem)
        assert not key or names_its_key(key, problem), (key, problem)
    options = options_in(text)
    for path, value in reading.theme.values:
        assert check_value(path, value) == value
    assert not set(reading.problems) & set(reading.theme.as_dict())
    # A problem is about the file, or about one of its keys.
    assert set(reading.problems) <= {"", *options}
    for path, values in options.items():
        if len(values) > 1 or path.endswith("."):
            continue
        outcome = checked(path, values[0]) if path in PATHS else None
        if isinstance(outcome, ThemeError):
            assert reading.problems[path] == str(outcome)
        elif path in PATHS:
            assert reading.theme.get(path) == outcome and path not in reading.problems
        else:
            assert path in reading.problems  # not an option the playground sets
    # The theme holds only options the file sets, and reads back from its own file.
    assert set(reading.theme.as_dict()) <= set(options)
    if reading.theme:
        again = read_theme_toml(theme_toml(reading.theme))
        assert (again.theme, again.problems) == (reading.theme, {})


def test_the_paste_check_sees_each_option_taken_or_refused_and_a_problem_unnamed():
    """The twin: a file with a valid option, a bad one, an unknown one and an
    unknown table is read as the checks above expect; a sentence about no key
    is caught."""
    text = (
        "[theme]\nfont = 'serif'\nprimaryColor = 'bluish'\ncodeFont = 'x'\n"
        "[theme.other]\na = 1\n"
    )
    reading = read_theme_toml(text)
    assert reading.theme == make_theme({"font": "serif"})
    assert set(reading.problems) == {"primaryColor", "codeFont", "other."}
    assert set(options_in(text)) == {"font", "primaryColor", "codeFont", "other."}
    assert all(names_its_key(k, p) for k, p in reading.problems.items())
    assert not names_its_key("primaryColor", "That is not a colour.")


# --- AppTest: the panel's boxes --------------------------------------------------


def opened(at: AppTest) -> AppTest:
    """The Theme panel open. A page a failing example left with a traceback
    gets its boxes emptied first, so a shrunk example starts on a page."""
    if at.exception:
        for path in TEXT_PATHS:
            at.session_state[theme_key(path)] = ""
        at.run()
    if not drawn(at, THEME):  # the panel is drawn only while open
        open_panels(at, THEME_PANEL)
    return at


def config_shown(at: AppTest) -> str:
    return only(at.get_by_key(THEME_TOML).code).value


def theme_shown(at: AppTest) -> Theme:
    """The theme of the config.toml shown, which reads back with no problem."""
    text = config_shown(at)
    if text.startswith(NO_OPTION_SHOWN):
        return NO_THEME
    reading = read_theme_toml(text)
    assert reading.problems == {}, reading.problems
    assert theme_toml(reading.theme) == text + "\n"  # st.code drops the last one
    return reading.theme


def errors_under(at: AppTest, path: str) -> list[str]:
    """The errors under an option's control, as the Markdown the page got
    (read back only where a check needs the words: 100 KB take a second)."""
    return [alert.value for alert in at.get_by_key(theme_field_key(path)).error]


def control_value(path: str, value: object) -> object:
    """What an option's control holds for ``value``: a box "" for unset, a choice None."""
    if value is None and option_of(path).control in VALID_TEXTS:
        return ""
    return value


def hold(at: AppTest, theme: Theme, *, but: str | None = None) -> None:
    """Every control (``but`` one) at ``theme``'s value for the next run: an
    example starts with no refusal, nor a 100 KB text, left by the one before."""
    for path in PATHS:
        if path != but:
            at.session_state[theme_key(path)] = control_value(path, theme.get(path))


def with_option(theme: Theme, path: str, value: object) -> Theme:
    return make_theme(theme.as_dict() | {path: value})


def type_into(at: AppTest, path: str, text: str) -> AppTest:
    return at.text_input(key=theme_key(path)).input(text).run()


def assert_typed(at: AppTest, path: str, text: str, before: Theme) -> None:
    """The text stays in its box; the option's refusal is under it, and the
    theme shown stays ``before``; else the theme shown takes the value."""
    assert_no_exception(at)
    assert at.text_input(key=theme_key(path)).value == text
    outcome = checked(path, text)
    if isinstance(outcome, ThemeError):
        assert errors_under(at, path) == [message(str(outcome))]
        assert theme_shown(at) == before
    else:
        assert errors_under(at, path) == []
        assert theme_shown(at) == with_option(before, path, outcome)


def typed_texts() -> st.SearchStrategy[tuple[str, str]]:
    """A box and its text: a radius box as often as a colour one (there are
    two radius boxes to 25 colour ones)."""
    return st.one_of(
        [
            st.tuples(
                st.sampled_from([p for p in TEXT_PATHS if option_of(p).control == c]),
                texts_of(c),
            )
            for c in VALID_TEXTS
        ]
    )


@FUZZ
@given(typed_texts())
def test_any_text_typed_in_a_theme_box_stays_and_is_refused_under_it_or_shown(
    session, path_text
):
    path, text = path_text
    at = opened(session.at)
    before = theme_shown(at)
    hold(at, before, but=path)
    type_into(at, path, text)
    assert_typed(at, path, text, before)
    for error in errors_under(at, path):
        assert_short(error)
        assert names_its_key(path, read_message(error)), error


def test_the_typing_check_sees_a_colour_taken_and_a_colour_refused(session):
    """The twin: a good colour has no message and is shown; a bad one has its
    message under its box and the good one stays in the config.toml."""
    at = opened(session.at)
    before = theme_shown(at)
    hold(at, before, but="light.textColor")
    type_into(at, "light.textColor", " #0068c9 ")
    assert_typed(at, "light.textColor", " #0068c9 ", before)
    assert theme_shown(at).get("light.textColor") == "#0068c9"
    before = theme_shown(at)
    type_into(at, "light.textColor", "bluish")
    assert_typed(at, "light.textColor", "bluish", before)
    assert "is not a colour" in only(errors_under(at, "light.textColor"))
    assert theme_shown(at).get("light.textColor") == "#0068c9"


# --- AppTest: the paste box -------------------------------------------------------


# Through the page, a value in a pasted file is at most past the text limit:
# a 100 KB colour costs a second there (tinycss2 reads it in the app and
# here), and the core property above reads such files. A whole pasted text
# may still be 100 KB.
PAGE_LEAF_CHARS = MAX_TEXT_CHARS + 1


def paste(at: AppTest, text: str) -> AppTest:
    at.text_area(key=THEME_PASTE).input(text)
    return at.button(key=THEME_PASTE_APPLY).click().run()


FIELD_PATHS = {theme_field_key(path): path for path in PATHS}


def panel_errors(at: AppTest) -> tuple[dict[str, list[str]], list[str]]:
    """The panel's errors, in one walk of it (a walk per key costs a second
    over 500 examples): those under a control, by its option, and the others,
    the paste box's."""
    panel = at.get_by_key(THEME)
    under: dict[str, list[str]] = {}
    seen = set()
    for node in panel:
        path = FIELD_PATHS.get(getattr(node, "key", None))
        if path is not None:
            under[path] = [alert.value for alert in node.error]
            seen |= {id(alert.proto) for alert in node.error}
    others = [alert.value for alert in panel.error if id(alert.proto) not in seen]
    return under, others


def paste_errors(at: AppTest) -> list[str]:
    return panel_errors(at)[1]


def assert_pasted(at: AppTest, text: str, before: Theme) -> None:
    """The text stays in the box; each problem is listed under it; the file's
    valid options replace the theme, or, with none and a problem, the theme
    stays ``before``. Every control holds a valid value either way."""
    assert_no_exception(at)
    assert at.text_area(key=THEME_PASTE).value == text
    reading = read_theme_toml(text)
    under, others = panel_errors(at)
    assert_listed(others, list(reading.problems.values()))
    applied = bool(reading.theme) or not reading.problems
    assert theme_shown(at) == (reading.theme if applied else before)
    assert set(under) == set(PATHS) and not any(under.values()), under


def assert_listed(alerts: list[str], problems: list[str]) -> None:
    """The problems under the box: one alert, the first ten in it, and how
    many more there are."""
    assert len(alerts) == min(len(problems), 1)
    shown = alerts[0] if alerts else ""
    assert all(message(problem) in shown for problem in problems[:MAX_LISTED])
    more = len(problems) - MAX_LISTED
    assert (f"…and {more:,} more" in shown) == (more > 0)


@FUZZ
@given(pasted_texts(leaf_chars=PAGE_LEAF_CHARS))
def test_any_pasted_text_stays_and_sets_its_valid_options_or_keeps_the_theme(
    session, text
):
    at = opened(session.at)
    before = theme_shown(at)
    hold(at, before)
    paste(at, text)
    assert_pasted(at, text, before)
    for error in paste_errors(at):
        for problem in error.split("\n"):  # one alert lists up to ten
            assert_short(problem)
        read_message(error)  # shown as written


def test_the_paste_box_check_sees_a_theme_applied_and_a_paste_refused(session):
    """The twin: a good file sets the theme; a file that is no TOML keeps it
    and says why under the box."""
    at = opened(session.at)
    hold(at, theme_shown(at))
    good = "[theme]\nprimaryColor = 'tomato'\n[theme.dark]\ntextColor = '#eee'\n"
    paste(at, good)
    assert_pasted(at, good, NO_THEME)
    kept = make_theme({"primaryColor": "tomato", "dark.textColor": "#eee"})
    assert theme_shown(at) == kept
    paste(at, "[theme\nprimaryColor = ")
    assert_pasted(at, "[theme\nprimaryColor = ", kept)
    assert "This is not TOML" in only(paste_errors(at))
    assert theme_shown(at) == kept


# --- the bugs this tier found, one input each ---------------------------------
# Each test checks the one promise its bug broke.


@pytest.mark.parametrize(
    "path, make_value",
    [
        pytest.param(
            "baseFontSize",
            lambda: 10**5000,
            id="size-int-of-5000-digits",
        ),
        pytest.param(
            "showWidgetBorder",
            lambda: [10**5000],
            id="flag-list-holding-an-int-of-5000-digits",
        ),
        pytest.param(
            "primaryColor",
            lambda: "9" * 4_301,
            id="colour-of-4301-digits",
        ),
        pytest.param(
            "primaryColor",
            lambda: "rgb(1e309 0 0)",
            id="rgb-past-float",
        ),
        pytest.param(
            "sidebar.textColor",
            lambda: "color(srgb 1e307 0 0)",
            id="srgb-huge-but-finite",
        ),
        pytest.param(
            "dark.borderColor",
            lambda: "hsl(0 50% 1e309%)",
            id="hsl-lightness-past-float",
        ),
    ],
)
def test_a_value_that_once_raised_is_taken_or_refused_for_its_option(path, make_value):
    """A colour past a float's range is clamped, as the browser clamps it."""
    outcome = checked(path, make_value())  # anything but a ThemeError fails here
    assert not isinstance(outcome, ThemeError) or outcome.path == path


def test_the_refusal_of_a_100_kb_colour_is_short():
    with pytest.raises(ThemeError) as refusal:
        check_value("primaryColor", "x" * 100_000)
    assert_short(str(refusal.value))


@pytest.mark.parametrize(
    "path, value",
    [
        pytest.param(
            "baseRadius",
            "round",
        ),
        pytest.param(
            "sidebar.primaryColor",
            "currentcolor",
        ),
        pytest.param(
            "dark.primaryColor",
            "oklch(0.7 0.1 200)",
        ),
    ],
)
def test_a_known_refusal_names_its_option(path, value):
    with pytest.raises(ThemeError) as refusal:
        check_value(path, value)
    assert names_its_key(path, str(refusal.value)), str(refusal.value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            BREAKING_PASTES[0],
            id="decimal-int-of-5000-digits",
        ),
        pytest.param(
            BREAKING_PASTES[2],
            id="arrays-nested-2000-deep",
        ),
        pytest.param(
            BREAKING_PASTES[1],
            id="hex-int-of-4800-digits",
        ),
    ],
)
def test_a_known_breaking_paste_is_read_without_a_traceback(text):
    assert read_theme_toml(text).problems


def test_the_problem_with_a_100_kb_pasted_key_is_short():
    reading = read_theme_toml('[theme]\n"' + "k" * 100_000 + '" = 1\n')
    assert_short(only(reading.problems.values()))


def test_a_pasted_radius_refused_is_named():
    reading = read_theme_toml("[theme]\nbuttonRadius = 'round'\n")
    assert names_its_key("buttonRadius", only(reading.problems.values()))


def test_a_theme_table_inside_theme_sets_no_option_and_is_named_unknown():
    reading = read_theme_toml('[theme.theme]\nprimaryColor = "red"\n')
    assert reading.theme == NO_THEME
    assert set(reading.problems) == {"theme."}
