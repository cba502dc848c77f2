"""Every way in has a size limit with a clear message, and just under it is taken.

The limits: 2,000 characters in each text field, refused by name under its box
(the box itself has no max_chars: Streamlit's box would drop a longer paste
whole, with no word, and count against its own cap) and in each link value; ten lines of problems in a notice; 64 KB per preset file (1 MB in the browser's
uploader); 100,000 bytes of pasted code. Streamlit drops a whole query of over
512 Ki characters or 1,000 parameters before the app sees it.
"""

from __future__ import annotations

import pytest
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_FIELDS,
)

from components.core.config import ButtonConfig
from components.core.keys import (
    PRESET_FILES,
    PRESET_TITLE,
    PRESET_UPLOAD,
    control_key,
)
from components.core.links import decode_query
from components.core.presets import (
    MAX_PRESET_BYTES,
    MAX_TITLE_CHARS,
)
from components.core.rules import MAX_TEXT_CHARS
from components.core.snippet_parser import MAX_SOURCE_BYTES
from components.core.text import MAX_LISTED
from components.ui.preset_panel import UPLOAD_LIMIT_MB
from tests.support.apptest import (
    drawn,
    only,
    open_panels,
    preview_button,
    shown,
    shown_config,
    start,
    submit_code,
)

TEXT_BOXES = ("label", "help", "key", "icon", "shortcut", "args", "kwargs")


def link_notice(at) -> str | None:
    try:
        return shown(only(at.get_by_key("link_notice").warning))
    except KeyError:
        return None


def code_errors(at) -> list[str]:
    return [shown(element) for element in at.container("code").error]


def upload(at, data: bytes):
    open_panels(at, PRESET_FILES)
    at.get_by_key(PRESET_UPLOAD).set_value(("p.toml", data, "application/toml"))
    return at.run()


def uploader_error(at) -> str | None:
    """The error in the expander that holds the uploader, if any."""
    box = only(box for box in at.sidebar.expander if drawn(box, PRESET_UPLOAD))
    errors = [shown(element) for element in box.error]
    return only(errors) if errors else None


# --- text boxes -----------------------------------------------------------------


@pytest.mark.parametrize("field", TEXT_BOXES)
def test_every_text_box_takes_any_length_so_a_long_paste_gets_a_message(field):
    """No max_chars (0 in the proto): no paste is dropped, no false counter drawn."""
    assert start().get_by_key(control_key(field)).proto.max_chars == 0


def test_the_preset_title_box_stops_at_the_title_limit():
    at = open_panels(start(), PRESET_FILES)
    assert at.get_by_key(PRESET_TITLE).proto.max_chars == MAX_TITLE_CHARS


# A literal padded with spaces reads as the literal: only its length can be wrong.
PADDED_LITERALS = {"args": "(1,)", "kwargs": "{'a': 1}"}


def long_text(field: str, length: int) -> str:
    literal = PADDED_LITERALS.get(field)
    return literal.ljust(length) if literal else "x" * length


def length_errors(at) -> list[str]:
    return [shown(e) for e in at.sidebar.error if "characters" in shown(e)]


@pytest.mark.parametrize("field", TEXT_BOXES)
def test_a_text_box_holding_more_than_its_field_takes_is_refused_by_name(field):
    at = start({"mode": "callback"})
    text = long_text(field, MAX_TEXT_CHARS + 1)
    at.get_by_key(control_key(field)).set_value(text).run()
    assert not at.exception
    error = only(length_errors(at))
    assert error.startswith(f"`{field}` is") and "2,00" in error
    assert at.get_by_key(control_key(field)).value == text


@pytest.mark.parametrize("field", TEXT_BOXES)
def test_a_text_box_holding_as_much_as_its_field_takes_gets_no_length_message(field):
    """The twin: at the limit, nothing is said of the length (an icon of 2,000
    x's is still no icon, and says so)."""
    at = start({"mode": "callback"})
    at.get_by_key(control_key(field)).set_value(long_text(field, MAX_TEXT_CHARS)).run()
    assert not at.exception
    assert length_errors(at) == []


def test_callback_arguments_longer_written_out_than_a_link_carries_are_refused():
    """Typed as hex they fit the box; Python writes them out in decimal, longer."""
    at = start({"mode": "callback"})
    at.get_by_key(control_key("args")).set_value("(0x" + "F" * 1_990 + ",)").run()
    assert not at.exception
    error = only(shown(e) for e in at.sidebar.error)
    assert error.startswith("`args` is 2,") and "as Python writes it" in error


def test_callback_arguments_that_fit_written_out_reopen_from_the_link():
    """The twin: what the box takes, the share link carries back whole."""
    at = start({"mode": "callback"})
    at.get_by_key(control_key("args")).set_value("(0x" + "F" * 1_600 + ",)").run()
    assert not at.sidebar.error
    assert decode_query(at.query_params) == (shown_config(at), [])
    assert shown_config(at).args == (16**1_600 - 1,)


# --- links ----------------------------------------------------------------------


def test_a_link_value_over_the_limit_is_dropped_with_a_line_in_the_notice():
    at = start({"label": "Kept", "help": "x" * (MAX_TEXT_CHARS + 1)})
    assert "`help` is longer than 2,000 characters" in link_notice(at)
    assert shown_config(at) == ButtonConfig(label="Kept")


def test_a_link_value_at_the_limit_is_applied_without_a_notice():
    at = start({"label": "Kept", "help": "x" * MAX_TEXT_CHARS})
    assert link_notice(at) is None
    assert shown_config(at) == ButtonConfig(label="Kept", help="x" * MAX_TEXT_CHARS)


def test_a_link_of_many_bad_parameters_lists_ten_and_counts_the_rest():
    count = CLIENT_STATE_QUERY_STRING_MAX_FIELDS - 1
    query = {f"p{number}": "1" for number in range(count - 1)} | {"label": "Kept"}
    at = start(query)
    notice = link_notice(at)
    assert "`p0` is not a setting" in notice and "`p999`" not in notice
    assert f"…and {count - 1 - MAX_LISTED:,} more." in notice
    assert len(notice) < 2_000
    assert shown_config(at) == ButtonConfig(label="Kept")


def test_a_link_of_ten_bad_parameters_lists_them_all():
    """The twin: up to the limit, every dropped parameter has its line."""
    at = start({f"p{number}": "1" for number in range(MAX_LISTED)})
    notice = link_notice(at)
    assert all(f"`p{n}`" in notice for n in range(MAX_LISTED))
    assert "more." not in notice


def test_a_query_over_streamlits_parameter_limit_opens_the_default_button():
    """Streamlit drops it whole before the app runs: no notice can say so."""
    query = {f"p{n}": "1" for n in range(CLIENT_STATE_QUERY_STRING_MAX_FIELDS)}
    at = start(query | {"label": "Lost"})
    assert not at.exception
    assert shown_config(at) == ButtonConfig()
    assert link_notice(at) is None


# --- preset files ---------------------------------------------------------------

GOOD_PRESET = b'title = "Big"\nlabel = "Loaded"\n'


def padded_preset(size: int) -> bytes:
    data = GOOD_PRESET + b"#"
    return data + b"x" * (size - len(data) - 1) + b"\n"


def test_the_uploader_takes_no_file_over_a_megabyte():
    at = open_panels(start(), PRESET_FILES)
    assert at.get_by_key(PRESET_UPLOAD).proto.max_upload_size_mb == (UPLOAD_LIMIT_MB)


def test_a_preset_file_over_64_kb_is_refused_under_the_uploader():
    at = upload(start(), padded_preset(MAX_PRESET_BYTES + 1))
    assert "a preset may have at most 65,536 (64 KB)" in uploader_error(at)
    assert shown_config(at) == ButtonConfig()


def test_a_preset_file_of_exactly_64_kb_is_loaded():
    at = upload(start(), padded_preset(MAX_PRESET_BYTES))
    assert uploader_error(at) is None
    assert preview_button(at).label == "Loaded"


def test_a_preset_file_of_many_problems_lists_ten_under_the_uploader():
    data = GOOD_PRESET + b"".join(
        b"k%d = 0x%s\n" % (number, b"F" * 20) for number in range(200)
    )
    error = uploader_error(upload(start(), data))
    assert "`k9` holds a whole number beyond 64 bits" in error
    assert "`k10`" not in error and f"…and {200 - MAX_LISTED} more." in error


def test_a_preset_file_of_ten_problems_lists_them_all():
    """The twin: up to the limit every problem has its line."""
    data = GOOD_PRESET + b"".join(
        b"k%d = 0x%s\n" % (number, b"F" * 20) for number in range(MAX_LISTED)
    )
    error = uploader_error(upload(start(), data))
    assert "`k9` holds" in error and "more." not in error


# --- pasted code ----------------------------------------------------------------


def padded_call(size: int) -> str:
    call = 'st.button("Pasted")\n'
    return "#" * (size - len(call) - 1) + "\n" + call


def test_pasted_code_over_100_000_bytes_is_refused_under_the_editor():
    at = submit_code(start(), padded_call(MAX_SOURCE_BYTES + 1))
    assert "paste at most 100,000" in only(code_errors(at))
    assert preview_button(at).label == "Click me"


def test_pasted_code_of_exactly_100_000_bytes_is_applied():
    at = submit_code(start(), padded_call(MAX_SOURCE_BYTES))
    assert code_errors(at) == []
    assert preview_button(at).label == "Pasted"
