"""Fuzz: hostile preset files, as the uploader hands them over.

Files are a valid preset with hostile keys and values written over it (any
TOML type, text of every kind, numbers at and beyond 64 bits), or bytes that
are no TOML at all (random, cut short, spliced, a byte-order mark, over 64 KB).
Core: ``read_preset_bytes`` gives a valid preset, or a ``PresetError`` whose
every problem is short and names a key of the file (or the file itself).
AppTest: loading the file shows that preset everywhere, or lists every problem
under the uploader and changes nothing.
"""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components.core.codegen import generate_code
from components.core.fields import changed_fields
from components.core.keys import PRESET_FILES, PRESET_UPLOAD
from components.core.presets import (
    MAX_PRESET_BYTES,
    META_FIELDS,
    Preset,
    PresetError,
    preset_toml,
    read_preset,
    read_preset_bytes,
)
from components.core.snippet_parser import parse_snippet
from components.core.text import (
    listed,
    quoted_name,
)
from tests.fuzz.checks import assert_no_exception, assert_short, assert_shows, shown
from tests.support.apptest import drawn, only, open_panels, shown_config
from tests.support.apptest import shown as message_text
from tests.support.strategies import (
    EDGE_INTEGERS,
    EVERY_FIELD_NAME,
    LITERAL_TEXTS,
    URL_TEXTS,
    hostile_texts,
    huge_integers,
    playground_configs,
)
from tests.support.toml_text import toml_string, toml_value

FUZZ = settings(settings.get_profile("fuzz"))

# Problems about the file as a whole name no key.
FILE_PROBLEMS = (
    "This is not valid TOML",
    "The file is not UTF-8",
    "a preset may have at most",
    "over 4,300 digits",
    "nests arrays or tables too deeply",
    "A preset needs a `title`",
)


# --- writing any TOML -------------------------------------------------------------


def toml_document(table: dict[str, object]) -> bytes:
    lines = (
        f"{toml_string(key)} = {toml_value(value)}" for key, value in table.items()
    )
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


toml_values = st.recursive(
    st.booleans()
    | st.sampled_from(EDGE_INTEGERS)
    | huge_integers
    | st.integers()
    | st.floats()
    | hostile_texts(surrogates=False)
    | st.sampled_from(LITERAL_TEXTS)
    | st.sampled_from(URL_TEXTS)
    | st.datetimes()
    | st.dates()
    | st.times(),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=5), inner, max_size=2),
    max_leaves=5,
)
keys = st.one_of(
    st.sampled_from((*META_FIELDS, *EVERY_FIELD_NAME)),
    hostile_texts(surrogates=False).filter(lambda key: len(key) <= 20_000),
)
valid_tables = st.tuples(
    playground_configs, hostile_texts(surrogates=False).filter(str.strip)
).map(lambda pair: {"title": pair[1][:80]} | changed_fields(pair[0]))
tables = st.tuples(valid_tables, st.dictionaries(keys, toml_values, max_size=3)).map(
    lambda pair: pair[0] | pair[1]
)


def splice(data: bytes, cut: tuple[int, int], insert: bytes) -> bytes:
    start, length = cut
    start %= len(data) + 1
    return data[:start] + insert + data[start + length :]


def padded(data: bytes, size: int) -> bytes:
    return data + b"#" + b"x" * max(0, size - len(data) - 2) + b"\n"


files = st.one_of(
    tables.map(toml_document),
    tables.map(toml_document),
    tables.map(toml_document),
    st.binary(max_size=300),
    st.builds(
        splice,
        tables.map(toml_document),
        st.tuples(st.integers(0, 2_000), st.integers(0, 20)),
        st.binary(max_size=8) | st.sampled_from((b"\x00", b"\xef\xbb\xbf", b"\r\n")),
    ),
    valid_tables.map(lambda table: b"\xef\xbb\xbf" + toml_document(table)),
    st.builds(
        padded,
        valid_tables.map(toml_document),
        st.sampled_from((MAX_PRESET_BYTES, MAX_PRESET_BYTES + 1)),
    ),
)


def outcome(data: bytes) -> Preset | PresetError:
    try:
        return read_preset_bytes(data)
    except PresetError as error:
        return error


# --- core -------------------------------------------------------------------------


def names_a_key(problem: str, data: bytes) -> bool:
    """Whether ``problem`` names a key the file holds, or is about the whole file."""
    if any(words in problem for words in FILE_PROBLEMS):
        return True
    return any(quoted_name(key) in problem for key in read_table(data))


def read_table(data: bytes) -> dict[str, object]:
    return tomllib.loads(data.decode("utf-8"))


@FUZZ
@given(files)
def test_any_file_is_a_valid_preset_or_refused_naming_each_problem(data):
    result = outcome(data)
    if isinstance(result, PresetError):
        assert result.problems
        for problem in result.problems:
            assert_short(problem)
            assert names_a_key(problem, data), problem
        return
    cfg = result.config
    assert read_preset(preset_toml(cfg, result.title, result.description)) == result
    assert parse_snippet(generate_code(cfg)) == cfg


def test_the_preset_check_sees_a_problem_that_names_no_key():
    """The twin: ``names_a_key`` fails a sentence about no key of the file."""
    data = b'title = "t"\ncolour = "red"\n'
    assert names_a_key(only(outcome(data).problems), data)
    assert not names_a_key("Something is wrong.", data)


# --- AppTest: through the uploader ---------------------------------------------------


def upload(at: AppTest, data: bytes) -> AppTest:
    if not drawn(at, PRESET_UPLOAD):  # its panel is drawn only while open
        open_panels(at, PRESET_FILES)
    at.get_by_key(PRESET_UPLOAD).set_value(("preset.toml", data, "application/toml"))
    return at.run()


def upload_error(at: AppTest) -> str | None:
    """The error drawn right after the uploader, if any."""
    box = only(box for box in at.sidebar.expander if drawn(box, PRESET_UPLOAD))
    children = list(box.children.values())
    keys = [getattr(child, "key", None) for child in children]
    following = children[keys.index(PRESET_UPLOAD) + 1 :]
    return (
        message_text(following[0])
        if following and following[0].type == "error"
        else None
    )


def assert_loaded_or_refused(at: AppTest, data: bytes, before) -> None:
    result = outcome(data)
    assert_no_exception(at)
    message = upload_error(at)
    if isinstance(result, PresetError):
        assert message is not None
        for line in listed(result.problems):
            assert line in message
        assert shown(at) == before
    else:
        assert message is None
        assert shown_config(at) == result.config
        assert_shows(at, result.config)


@FUZZ
@given(files)
def test_any_uploaded_file_is_loaded_everywhere_or_refused_under_the_uploader(
    session, data
):
    before = shown(session.at)
    upload(session.at, data)
    assert_loaded_or_refused(session.at, data, before)


def test_the_upload_check_sees_a_file_loaded_and_a_file_refused(session):
    """The twin: the check holds for a good file and for a bad one, which changes
    nothing."""
    good = b'title = "Good"\nlabel = "Loaded"\n'
    before = shown(session.at)
    upload(session.at, good)
    assert_loaded_or_refused(session.at, good, before)
    assert shown(session.at) != before
    bad = b'title = "Bad"\nlabel = 5\n'
    before = shown(session.at)
    upload(session.at, bad)
    assert_loaded_or_refused(session.at, bad, before)
    assert "`label` must be text in quotes" in upload_error(session.at)
