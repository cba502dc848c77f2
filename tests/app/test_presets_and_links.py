"""Presets and links under AppTest: a link or a preset sets the controls, and all follows.

"All" is the controls, the preview, the code and the page's URL; bad links and
bad files are refused with a message while nothing already set is lost.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from components.core.codegen import generate_code
from components.core.config import (
    ButtonConfig,
    call_kwargs,
)
from components.core.keys import LINK_SHARE_OPEN, PRESET_FILES
from components.core.links import encode_query
from components.core.preset_shelf import (
    bundled_presets,
    preset_titled,
)
from components.core.presets import (
    MAX_PRESET_BYTES,
    preset_toml,
    read_preset,
)
from components.core.rules import MAX_TEXT_CHARS
from tests.support.apptest import (
    displayed_code,
    downloads_of,
    drawn,
    logged_trigger,
    only,
    open_panels,
    preview_button,
    shown,
    shown_config,
    start,
)

TRICKY_LABEL = "a&b=c #1 100% +1! \"quoted\" 'single' 🎉\nsecond line"
LINKED = ButtonConfig(
    label=TRICKY_LABEL,
    type="primary",
    width=240,
    wrap=False,
    mode="callback",
    args=(1, "a"),
    kwargs={"limit": 500},
)


def link_notice(at) -> str | None:
    """The text of the notice about a link's dropped parameters, or None."""
    if not drawn(at, "link_notice"):
        return None
    return shown(only(at.get_by_key("link_notice").warning))


def share_link_shown(at) -> str:
    open_panels(at, LINK_SHARE_OPEN)
    return only(at.container("link_share").code).value


def shows(at, cfg: ButtonConfig) -> None:
    """The controls, preview, code and URL all show ``cfg``."""
    assert not at.exception
    assert shown_config(at) == cfg
    proto = preview_button(at).proto
    assert proto.label == cfg.label and proto.type == cfg.type
    assert displayed_code(at) == generate_code(cfg)
    assert at.query_params == encode_query(cfg)


def pick_preset(at, title):
    at.get_by_key("preset_pick").set_value(title)
    return at.run()


def upload(at, data: bytes, name="preset.toml"):
    open_panels(at, PRESET_FILES)
    at.get_by_key("preset_upload").set_value((name, data, "application/toml"))
    return at.run()


def upload_error(at) -> str | None:
    """The error drawn right after the uploader, if any."""
    expander = only([box for box in at.sidebar.expander if drawn(box, "preset_upload")])
    children = list(expander.children.values())
    keys = [getattr(child, "key", None) for child in children]
    following = children[keys.index("preset_upload") + 1 :]
    if following and following[0].type == "error":
        return shown(following[0])
    return None


# --- links ------------------------------------------------------------------------


def test_a_link_seeds_every_control_mode_and_arguments_included():
    at = start(encode_query(LINKED))
    shows(at, LINKED)
    assert link_notice(at) is None


def test_without_a_link_the_controls_start_at_defaults():
    at = start()
    shows(at, ButtonConfig())
    assert at.query_params == {}
    assert link_notice(at) is None


def test_opening_a_link_is_named_as_the_runs_trigger():
    assert logged_trigger(start({"type": "primary"})) == ("link", "type")
    assert logged_trigger(start({"type": "huge", "a": "1"})) == (
        "link",
        "defaults; 2 ignored",
    )
    assert logged_trigger(start()) == ("first load", "")


def test_bad_link_parameters_are_dropped_with_one_notice_and_the_rest_applies():
    at = start(
        {"label": "Save", "colour": "red", "width": "wide", "type": "primary"}
        | {"help": "x" * 2_001}
    )
    assert not at.exception
    assert shown_config(at) == ButtonConfig(label="Save", type="primary")
    notice = link_notice(at)
    assert "`colour`" in notice and "`width`" in notice and "`help`" in notice
    assert "`label`" not in notice and "`type`" not in notice
    # The address bar now holds the link to what was applied.
    assert at.query_params == {"label": "Save", "type": "primary"}


def test_a_width_of_5000_digits_in_a_link_is_named_in_the_notice_and_the_rest_applies():
    at = start({"label": "Save", "width": "9" * 5_000})
    assert not at.exception
    assert shown_config(at) == ButtonConfig(label="Save")
    notice = link_notice(at)
    assert "`width` holds a whole number beyond 64 bits" in notice
    assert "`label`" not in notice


def test_a_pixel_width_in_a_link_is_applied_without_a_notice():
    at = start({"label": "Save", "width": "240"})
    assert shown_config(at) == ButtonConfig(label="Save", width=240)
    assert link_notice(at) is None


def test_the_link_notice_goes_when_dismissed():
    at = start({"colour": "red"})
    assert link_notice(at) is not None
    at.get_by_key("link_dismiss").click()
    at.run()
    assert link_notice(at) is None


def test_the_url_follows_the_controls():
    at = start()
    at.get_by_key("ctl_type").set_value("primary")
    at.run()
    assert at.query_params == {"type": "primary"}
    at.get_by_key("ctl_width").set_value("pixels")
    at.run()
    assert at.query_params == {"type": "primary", "width": "240"}
    at.get_by_key("reset_all").click()
    at.run()
    assert at.query_params == {}


def test_the_url_keeps_the_last_valid_button_while_a_control_is_invalid():
    at = start({"type": "primary"})
    at.get_by_key("ctl_icon").set_value(":material/nope:")
    at.run()
    assert at.query_params == {"type": "primary"}


def test_the_link_is_read_on_the_first_run_only():
    at = start({"label": "From the link"})
    at.get_by_key("ctl_label").set_value("Typed")
    at.run()
    at.query_params["label"] = "Edited in the address bar"
    at.run()
    assert shown_config(at).label == "Typed"
    assert at.query_params == {"label": "Typed"}


def test_copy_link_shows_the_page_url_with_the_query():
    at = start({"type": "primary"}, url="http://example.com:8501/")
    link = share_link_shown(at)
    assert link == "http://example.com:8501/?type=primary"
    at.get_by_key("ctl_label").set_value(TRICKY_LABEL)
    at.run()
    query = parse_qs(urlsplit(share_link_shown(at)).query)
    assert query["label"] == [TRICKY_LABEL]


def test_copy_link_reopens_a_label_as_long_as_a_link_may_carry():
    label = (TRICKY_LABEL * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]
    at = start(url="http://example.com:8501/")
    at.get_by_key("ctl_label").set_value(label)
    at.run()
    query = parse_qs(urlsplit(share_link_shown(at)).query)
    reopened = start({name: values[-1] for name, values in query.items()})
    assert shown_config(reopened).label == label
    assert link_notice(reopened) is None


def test_copy_link_of_the_default_button_is_the_bare_page_url():
    assert share_link_shown(start(url="http://example.com:8501/")) == (
        "http://example.com:8501/"
    )


# --- the preset gallery ------------------------------------------------------------


def test_a_preset_click_sets_controls_preview_code_and_url():
    at = pick_preset(start(), "Refresh data")
    cfg = preset_titled("Refresh data").config
    shows(at, cfg)
    assert preview_button(at).proto.icon == ":material/refresh:"
    assert 'kwargs={"limit": 500}' in displayed_code(at)
    assert logged_trigger(at) == ("preset", "Refresh data")


@pytest.mark.parametrize(
    "preset", [p for p in bundled_presets() if p.row is None], ids=lambda p: p.title
)
def test_every_bundled_preset_of_a_lone_button_applies_cleanly(preset):
    """A row's presets: ``test_row_flows``."""
    at = pick_preset(start(), preset.title)
    assert not at.exception
    assert shown_config(at) == preset.config
    assert displayed_code(at) == generate_code(preset.config)
    assert preview_button(at).proto.label == call_kwargs(preset.config)["label"]


def test_the_gallery_forgets_the_click_so_edits_are_not_stuck_on_it():
    at = pick_preset(start(), "Aloha")
    assert at.get_by_key("preset_pick").value is None
    description = preset_titled("Aloha").description
    assert any(description in shown(caption) for caption in at.sidebar.caption)

    at.get_by_key("ctl_label").set_value("Edited")
    at.run()

    assert shown_config(at).label == "Edited"
    assert not any(description in shown(caption) for caption in at.sidebar.caption)


def test_a_preset_replaces_the_whole_button():
    at = start({"icon": "🔥", "disabled": "true"})
    pick_preset(at, "Aloha")
    assert shown_config(at) == preset_titled("Aloha").config


# --- saving and loading preset files ----------------------------------------------


def test_save_as_preset_offers_the_button_as_a_toml_file(monkeypatch):
    at = open_panels(start(encode_query(LINKED)), PRESET_FILES)
    at.get_by_key("preset_title").set_value("My export")
    offered = downloads_of(at, monkeypatch)
    data = offered["my-export.toml"]
    preset = read_preset(data if isinstance(data, str) else data.decode())
    assert (preset.title, preset.config) == ("My export", LINKED)


def test_save_as_preset_is_named_after_the_label_without_a_title(monkeypatch):
    at = open_panels(start({"label": "Refresh data"}), PRESET_FILES)
    assert "refresh-data.toml" in downloads_of(at, monkeypatch)


def test_save_as_preset_is_disabled_while_a_control_is_invalid():
    at = open_panels(start(), PRESET_FILES)
    assert not at.get_by_key("preset_save").disabled
    at.get_by_key("ctl_icon").set_value(":material/nope:")
    at.run()
    assert at.get_by_key("preset_save").disabled


def test_loading_a_preset_file_applies_it_once():
    cfg = ButtonConfig(label="Uploaded", type="tertiary", width="stretch")
    at = upload(start(), preset_toml(cfg, "Mine").encode())
    shows(at, cfg)
    assert upload_error(at) is None
    assert logged_trigger(at) == ("preset", "Mine")

    # The file stays in the uploader; later reruns must not apply it again.
    at.get_by_key("ctl_label").set_value("Edited after the upload")
    at.run()
    assert shown_config(at).label == "Edited after the upload"


BAD_FILES = {
    "TOML syntax": (b'title = "unclosed\n', "not valid TOML"),
    "unknown key": (b'title = "t"\ncolour = "red"\n', "Unknown key `colour`"),
    "wrong type": (b'title = "t"\ndisabled = "yes"\n', "`disabled` must be"),
    "invalid value": (b'title = "t"\nwidth = 0\n', "`width` is 0"),
    "too big": (
        b'title = "t"\n#' + b"x" * MAX_PRESET_BYTES + b"\n",
        "at most 65,536",
    ),
    "not text": (b"\xff\xfe\x00", "not UTF-8"),
    "huge hex number": (
        b'title = "t"\nwidth = 0x' + b"F" * 5_000 + b"\n",
        "`width` holds a whole number beyond 64 bits",
    ),
    "number too long to read": (
        b'title = "t"\nwidth = ' + b"9" * 5_000 + b"\n",
        "over 4,300 digits",
    ),
    "nested too deeply": (
        b'title = "t"\nx = ' + b"[" * 30_000 + b"]" * 30_000 + b"\n",
        "too deeply",
    ),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_preset_file_is_refused_under_the_uploader_and_nothing_changes(kind):
    data, says = BAD_FILES[kind]
    at = start({"label": "Mine", "type": "primary"})
    upload(at, data)
    assert not at.exception
    assert says in upload_error(at)
    shows(at, ButtonConfig(label="Mine", type="primary"))
    assert logged_trigger(at)[0] != "preset"


def test_a_good_file_after_a_bad_one_clears_the_message():
    at = upload(start(), BAD_FILES["wrong type"][0])
    assert upload_error(at) is not None
    upload(at, preset_toml(ButtonConfig(label="Fixed"), "t").encode())
    assert upload_error(at) is None
    assert shown_config(at).label == "Fixed"
