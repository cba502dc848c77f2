"""Hypothesis strategies: valid configs of any kind, and hostile input, shared by the tests."""

from __future__ import annotations

import keyword

from hypothesis import strategies as st

from components.core.arguments import (
    BUTTON_TYPES,
    ICON_POSITIONS,
    NAMED_WIDTHS,
    Argument,
)
from components.core.config import ButtonConfig, own_key_error
from components.core.kind import Kind
from components.core.kind_rules import FORMAT_FUNCS, query_parameters
from components.core.kinds import BUTTON, KINDS
from components.core.modes import MODES
from components.core.rules import (
    MATERIAL_ICON_SHORTCODES,
    MAX_TEXT_CHARS,
)
from components.core.widgets import Choice, Flag

VALID_SHORTCUTS = ("K", "Ctrl+K", "Cmd+Shift+O", "Enter", "Esc", "F2", "4", "Alt+Space")
VALID_EMOJI = ("🔥", "👍", "👍🏽", "🚨", "❤️", "🇫🇷")

_STATE_NAMES = {name for mode in MODES.values() for name in mode.state_names}

# Any text at all, including quotes, backslashes, newlines and emoji.
any_text = st.text(max_size=MAX_TEXT_CHARS)
non_blank_text = st.text(min_size=1, max_size=MAX_TEXT_CHARS).filter(str.strip)
icons = st.one_of(
    st.none(),
    st.sampled_from(VALID_EMOJI),
    st.just("spinner"),
    st.sampled_from(MATERIAL_ICON_SHORTCODES),
)
widths = st.one_of(st.sampled_from(NAMED_WIDTHS), st.integers(1, 2**32 - 1))

# Python literals a callback may take: whatever ast.literal_eval reads back equal.
literals = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
parameter_names = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda name: not keyword.iskeyword(name) and name != "st"
)
callback_arguments = st.fixed_dictionaries(
    {
        "args": st.lists(literals, max_size=3).map(tuple),
        "kwargs": st.dictionaries(parameter_names, literals, max_size=3),
    }
)

# Valid values of the arguments the family shares.
SHARED_VALUES = {
    "label": any_text,
    # Not a name a mode keeps its state under: the mode is drawn separately.
    "key": st.none() | non_blank_text.filter(lambda key: key not in _STATE_NAMES),
    "help": st.none() | non_blank_text,
    "type": st.sampled_from(BUTTON_TYPES),
    "icon": icons,
    "icon_position": st.sampled_from(ICON_POSITIONS),
    "disabled": st.booleans(),
    "width": widths,
    "shortcut": st.none() | st.sampled_from(VALID_SHORTCUTS),
    "wrap": st.sampled_from((None, True, False)),
}


_SAFE = r"[A-Za-z0-9._~%!$&'()*+,;=-]"
web_urls = st.from_regex(
    rf"(?i:https?)://[a-z0-9-]{{1,20}}(\.[a-z]{{2,6}}){{1,2}}(/{_SAFE}{{0,12}}){{0,3}}",
    fullmatch=True,
)
urls = web_urls | st.from_regex(
    r"mailto:[a-z0-9.]{1,12}@[a-z]{1,10}\.[a-z]{2,4}", fullmatch=True
)
# A page of the app: a file of its pages/ folder.
page_files = st.from_regex(
    r"pages/[A-Za-z0-9_][A-Za-z0-9_ -]{0,19}\.py", fullmatch=True
)
short_text = st.text(min_size=1, max_size=40)
# Valid values of the arguments a kind adds, where its rule takes few texts.
OWN_VALUES = {
    "url": urls,
    "data": any_text,
    "file_name": st.none()
    | non_blank_text.filter(lambda name: "/" not in name and "\\" not in name),
    "mime": st.none()
    | st.sampled_from(("text/csv", "application/json", "text/plain; charset=utf-8")),
    "form_key": st.sampled_from(("feedback", "login", "form 2", "ключ")),
    "page": web_urls | page_files,
    # Not embed or embed_options: Streamlit keeps those (the rule refuses them).
    "query_params": st.none()
    | st.dictionaries(
        short_text, short_text | st.lists(short_text, max_size=3), max_size=3
    ).filter(lambda query: query_parameters(query) is None),
    # Texts mostly (str.upper formats only text), numbers too; labels apart.
    "options": st.lists(short_text, min_size=1, max_size=5, unique=True)
    | st.lists(
        short_text | st.integers(-999, 999) | st.floats(-1e6, 1e6),
        min_size=1,
        max_size=5,
        unique_by=str,
    ),
    "format_func": st.sampled_from(tuple(FORMAT_FUNCS)),
}


def argument_values(argument: Argument) -> st.SearchStrategy:
    """Valid values of one argument: the shared ones' own, else by its control
    and its rule (a kind's own text argument starts from its start value)."""
    if argument.name in SHARED_VALUES:
        # A kind may hold a shared argument to its own rule (a link's label).
        return SHARED_VALUES[argument.name].filter(lambda v: argument.check(v) is None)
    if argument.name in OWN_VALUES:
        return OWN_VALUES[argument.name]
    control = argument.control
    if isinstance(control, Choice):
        return st.sampled_from(control.options or tuple(control.words.values()))
    if isinstance(control, Flag):
        return st.booleans()
    text = st.just(argument.start) | non_blank_text.filter(
        lambda value: argument.check(value) is None
    )
    return st.none() | text if getattr(control, "optional", False) else text


def on_click_values(kind: Kind) -> st.SearchStrategy:
    """A mode the kind takes; with a callback, the callback's arguments too."""
    modes = [MODES[name] for name in kind.mode_names]
    choices = (
        [
            st.builds(
                dict, mode=st.sampled_from([m.name for m in modes if not m.callback])
            )
        ]
        if any(not m.callback for m in modes)
        else []
    )
    if any(m.callback for m in modes):
        callbacks = st.sampled_from([m.name for m in modes if m.callback])
        choices.append(
            st.builds(
                lambda mode, more: {"mode": mode} | more, callbacks, callback_arguments
            )
        )
    return st.one_of(choices)


def configs_of(kind: Kind) -> st.SearchStrategy[ButtonConfig]:
    """Valid configs of ``kind``: every argument it takes, and an on-click mode."""
    arguments = st.fixed_dictionaries(
        {argument.name: argument_values(argument) for argument in kind.settings}
    ).filter(lambda values: all(rule(values) is None for _, rule in kind.across))
    return st.builds(
        lambda values, on_click: ButtonConfig.from_values(
            {"kind": kind.name} | values | on_click
        ),
        arguments,
        on_click_values(kind),
    )


# Every field name a config of some kind has, shared and own: what links,
# presets and the fuzz tier name.
EVERY_FIELD_NAME: tuple[str, ...] = tuple(
    dict.fromkeys(field.name for kind in KINDS.values() for field in kind.fields)
)
# Addresses a link may carry, safe and not: the url rule must tell them apart.
URL_TEXTS = (
    "https://streamlit.io",
    "mailto:team@example.com",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
)

button_configs = configs_of(BUTTON)
family_configs = st.one_of([configs_of(kind) for kind in KINDS.values()])

# The configs the playground's controls accept, of every kind: valid, and
# with a key the playground doesn't use itself (see controls.own_key_error).
playground_configs = family_configs.filter(lambda cfg: own_key_error(cfg.key) is None)


# --- hostile input: what the fuzz suite (tests/fuzz) throws at every surface ---

# Characters that break naive code: C0 and C1 controls (NUL included), and
# marks that are invisible or turn text around.
CONTROL_CHARACTERS = st.characters(categories=["Cc"])
INVISIBLE_MARKS = (
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",  # left-to-right embedding
    "\u202b",  # right-to-left embedding
    "\u202c",  # pop directional formatting
    "\u202d",  # left-to-right override
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2067",  # right-to-left isolate
    "\u2068",  # first strong isolate
    "\u2069",  # pop directional isolate
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\u00ad",  # soft hyphen
    "\ufeff",  # byte order mark
    "\ufffd",  # replacement character
)
# Half of a UTF-16 pair: a Python string can hold one, UTF-8 can't encode it.
LONE_SURROGATES = st.characters(categories=["Cs"])
# Markup and script that must stay text, and quoting that must stay quoted.
MARKUP = (
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 1">',
    "[click me](javascript:window.__pwned=1)",
    "<a href='javascript:alert(1)'>a</a>",
    "<iframe src=javascript:alert(1)></iframe>",
    "**bold** _italic_ ~~struck~~ `code` ```fence```",
    "# Heading\n\n---\n\n> quote\n\n- item",
    ":material/home: :red[red] :rainbow[x] $x^2$ $$y$$",
    "<b>bold</b> &amp; &lt;tag&gt; &#x27;",
    "'; DROP TABLE buttons; --",
    "{{7*7}} ${7*7} %s %(x)s {0} {}",
    "\\",
    "\\\\",
    "\\n\\t\\x00\\u0000\\N{NULL}",
    '"',
    "'",
    '"""',
    "'''",
    "`",
    "\r\n",
    "\t",
    "../../etc/passwd",
    "$$ID-0-evil",
    "ctl_label",
)
# Numbers as text, at and beyond every edge the playground has.
EDGE_INTEGERS = (
    0,
    1,
    -1,
    239,
    240,
    2**31 - 1,
    2**31,
    2**32 - 1,
    2**32,
    2**53,
    2**53 + 1,
    2**63 - 1,
    2**63,
    -(2**63),
    -(2**63) - 1,
    2**64,
    10**4299,  # 4,300 digits: the most int() reads from text
)
# Integers Python refuses to print (over 4,300 digits), built on demand:
# a strategy or example that held one could not be shown.
huge_integers = st.builds(pow, st.just(10), st.sampled_from((4_300, 5_000)))
edge_integers = st.one_of(st.sampled_from(EDGE_INTEGERS), huge_integers)
NUMBER_TEXTS = (
    *(str(number) for number in EDGE_INTEGERS),
    "1" + "0" * 4_300,
    "-0",
    "+240",
    " 240 ",
    "240px",
    "1_000",
    "0x10",
    "1e309",
    "1.5",
    "nan",
    "inf",
    "-inf",
    "٣",  # an Arabic-Indic digit: isdigit, not ASCII
    "²",
    "9" * 5_000,
)
# Lengths at the text limit and a 100 KB one.
HOSTILE_LENGTHS = (MAX_TEXT_CHARS - 1, MAX_TEXT_CHARS, MAX_TEXT_CHARS + 1, 100_000)


def _pieces(surrogates: bool) -> st.SearchStrategy[str]:
    anything = st.characters(exclude_categories=() if surrogates else ["Cs"])
    pieces = [
        st.text(anything, max_size=12),
        st.sampled_from(MARKUP),
        st.sampled_from(INVISIBLE_MARKS),
        CONTROL_CHARACTERS,
        st.sampled_from(NUMBER_TEXTS),
        st.sampled_from(VALID_EMOJI),
    ]
    if surrogates:
        pieces.append(LONE_SURROGATES)
    return st.one_of(pieces)


def hostile_texts(*, surrogates: bool = True) -> st.SearchStrategy[str]:
    """Text built from hostile pieces: often short, sometimes at the limits or 100 KB.

    ``surrogates=False`` leaves out lone surrogates, for paths a browser
    feeds: the page encodes what it sends as UTF-8, which can't carry one.
    """
    short = st.lists(_pieces(surrogates), max_size=6).map("".join)
    long = st.tuples(short.filter(bool), st.sampled_from(HOSTILE_LENGTHS)).map(
        lambda pair: (pair[0] * (pair[1] // len(pair[0]) + 1))[: pair[1]]
    )
    return st.one_of(short, short, short, long)


# Values of the wrong type for any field: what a session, a TOML file or a
# pasted literal may hold where text, a flag or a number was meant.
wrong_types = st.one_of(
    st.none(),
    st.booleans(),
    edge_integers,
    st.integers(),
    st.floats(),
    st.binary(max_size=8),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sets(st.integers(), max_size=2),
    st.complex_numbers(allow_nan=False),
)

# Python literals whose leaves are hostile: what args and kwargs may carry.
# Every one prints (no integer over 4,300 digits), so repr writes its text.
hostile_literals = st.recursive(
    st.none()
    | st.booleans()
    | st.sampled_from(EDGE_INTEGERS)
    | st.integers()
    | st.floats()
    | st.complex_numbers()
    | st.binary(max_size=8)
    | hostile_texts().filter(lambda text: len(text) <= 200),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.sets(st.integers() | st.text(max_size=3), max_size=3)
        | st.dictionaries(st.text(max_size=5) | st.integers(), inner, max_size=3)
    ),
    max_leaves=6,
)

# Texts for an args or kwargs box that a literal's repr doesn't write: other
# kinds, names Python would rename, code to run, nesting, numbers too big.
LITERAL_TEXTS = (
    "()",
    "(500,)",
    "500",
    "(500)",
    "[1, 2]",
    "{}",
    "{1: 2}",
    "{'limit': 500}",
    "{'st': 1}",
    "{'__debug__': 1}",
    "{'class': 1}",
    "{'ａ': 1}",
    "{'café': 1, '名前': 2}",
    "{'e\u0301': 1}",
    "(" * 1_000 + ")" * 1_000,
    "(" + "9" * 5_000 + ",)",
    "(0x" + "F" * 1_990 + ",)",
    "(1e400,)",
    "(float('nan'),)",
    "(__import__('os').system('echo pwned'),)",
    "(lambda: 1,)",
    "(print('x'),)",
    "({1, 2},)",
    "(b'\\x00',)",
    "(1j,)",
    "(...,)",
    "('\\ud800',)",
    "({'a': {'b': [1, (2,)]}},)",
    "f'{x}'",
    "(*x,)",
    "{**x}",
    "(1, 'a')  # comment",
    "(\n1,\n)",
    "\ufeff(1,)",
    " (1,) ",
    "(1,)\x00",
)
_kwargs_names = parameter_names | st.text(max_size=6) | st.sampled_from(("ａ", "st"))


def literal_texts(kind: type) -> st.SearchStrategy[str]:
    """What an args (``tuple``) or kwargs (``dict``) box may hold, hostile included."""
    right_kind = (
        st.lists(hostile_literals, max_size=3).map(tuple)
        if kind is tuple
        else st.dictionaries(_kwargs_names, hostile_literals, max_size=3)
    )
    return st.one_of(
        right_kind.map(repr),
        hostile_literals.map(repr),
        st.sampled_from(LITERAL_TEXTS),
        hostile_texts(surrogates=False),
    )
