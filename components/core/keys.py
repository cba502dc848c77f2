"""Every key the playground uses, for its widgets, containers and session state.

One registry: the UI draws under these keys, the session reads and writes
under them, and a user's ``key`` is refused exactly when it is one of them
(``is_own_key``). Widget keys start with a prefix that names their panel;
the session's own values start with ``_pg_``; the panels are containers keyed
by a plain name. Pure data: the core's own-key rule reads it too.
"""

from __future__ import annotations

from components.core.theme import PATHS as THEME_PATHS

# The prefixes of the playground's widget and container keys, by panel.
CONTROL_PREFIX = "ctl_"  # a control: ctl_<field>
FIELD_PREFIX = "field_"  # a control and its message: field_<field>
PRIVATE_PREFIX = "_pg_"  # the session's own values
OWN_KEY_PREFIXES: tuple[str, ...] = (
    CONTROL_PREFIX,
    FIELD_PREFIX,
    "reset_",
    "code_",
    "log_",
    "compare_",
    "preset_",
    "link_",
    "chooser_",
    "preview_",
    "row_",
    "theme_",
    "accessibility_",
    PRIVATE_PREFIX,
)

# The panels.
PREVIEW = "preview"
CODE = "code"
RUN_LOG = "event_log"
COMPARE = "compare"
THEME = "theme"
ACCESSIBILITY = "accessibility"
OWN_CONTAINER_KEYS: tuple[str, ...] = (
    PREVIEW,
    CODE,
    RUN_LOG,
    COMPARE,
    THEME,
    ACCESSIBILITY,
)

# The preview's own widgets beside the user's: a form's text input, and the
# classic mistake (the widget put inside st.form) with its one-click fix.
PREVIEW_INPUT = "preview_input"
PREVIEW_IN_FORM = "preview_in_form"
PREVIEW_FORM = "preview_form"  # the st.form the mistake puts the widget in
PREVIEW_FORM_FIX = "preview_form_fix"

# Controls beyond one per field.
WIDTH_PX = "ctl_width_px"
ICON_PICKER = "ctl_icon_picker"
ICON_POPOVER = "ctl_icon_picker_open"
ICON_SUGGESTION = "ctl_icon_suggestion"  # "Use :material/x:" under a mistyped icon
RESET_PICK = "reset_field"
RESET_ALL = "reset_all"
RESET_APP_STATE = "reset_app_state"

# Presets and links.
PRESET_PICK = "preset_pick"
PRESET_UPLOAD = "preset_upload"
PRESET_TITLE = "preset_title"
PRESET_SAVE = "preset_save"
PRESET_FILES = "preset_files"  # the "Save or load a preset file" panel
LINK_NOTICE = "link_notice"
LINK_DISMISS = "link_dismiss"
LINK_SHARE = "link_share"
LINK_SHARE_OPEN = "link_share_open"

# The code panel.
CODE_VIEW = "code_view"
CODE_EDITOR = "code_editor"
CODE_COMPLETE = "code_complete"
CODE_DOWNLOAD = "code_download"
CODE_TEST_DOWNLOAD = "code_test_download"
CODE_TEST_FORM = "code_test_form"  # the test of the app file, or self-contained
CODE_PROJECT_DOWNLOAD = "code_project_download"
CALL_PICK = "code_pick_call"
PASTE_AS_ROW = "code_paste_as_row"  # "Read all as a row" under several calls
PLAIN_PASTE = "code_paste_text"  # the paste box drawn when the editor is missing
PLAIN_PASTE_FORM = "code_paste_form"
PLAIN_APPLY = "code_paste_apply"

# The rerun log panel.
LOG_LATEST = "log_latest"
LOG_HISTORY = "log_history"  # the panel of every run and the log's tools
LOG_FILTER = "log_filter"
LOG_LIMIT = "log_limit"
LOG_CLEAR = "log_clear"
LOG_TIMELINE = "log_timeline"
LOG_TIMELINE_CHART = "log_timeline_chart"
LOG_JSON = "log_json"
LOG_CSV = "log_csv"

# The compare panel's sidebar copy (its buttons are compare_<type>[...]).
COMPARE_SIDEBAR = "compare_sidebar"
COMPARE_SIDEBAR_OPEN = "compare_sidebar_open"
COMPARE_OPEN = "compare_open"

# The "Which button do I need?" panel (its buttons are chooser_use_<kind>).
CHOOSER_OPEN = "chooser_open"
CHOOSER = "chooser_answers"

# The row of buttons: its size, the member the sidebar edits, its layout;
# under the preview, the fix of a member Streamlit refuses (row_fix_<index>).
ROW_SIZE = "row_size"
ROW_MEMBER = "row_member"
ROW_LAYOUT = "row_layout"
ROW_GAP = "row_gap"
ROW_VERTICAL_ALIGNMENT = "row_vertical_alignment"
ROW_HORIZONTAL_ALIGNMENT = "row_horizontal_alignment"
# Each layout setting's widget, by the ``row.Row`` field it sets.
ROW_SETTING_KEYS: dict[str, str] = {
    "layout": ROW_LAYOUT,
    "gap": ROW_GAP,
    "vertical_alignment": ROW_VERTICAL_ALIGNMENT,
    "horizontal_alignment": ROW_HORIZONTAL_ALIGNMENT,
}

# The theme panel: a control per option (theme_<option>, theme_sidebar_<option>),
# each in its own container with its message (theme_field_<option>).
THEME_PANEL = "theme_panel"
THEME_TOML = "theme_toml"
THEME_DOWNLOAD = "theme_download"
THEME_PASTE = "theme_paste"
THEME_PASTE_APPLY = "theme_paste_apply"
THEME_PASTE_BOX = "theme_paste_box"  # the box, Apply and what the paste left
THEME_RESET = "theme_reset"
THEME_PRESET_PICK = "theme_preset"
# One keyed button's own colour (the unofficial .st-key-<key> recipe).
KEY_COLOUR_BACKGROUND = "theme_key_background"
KEY_COLOUR_TEXT = "theme_key_text"
KEY_COLOUR = "theme_key_colour"  # their container

# The Accessibility panel (its findings are drawn in the ACCESSIBILITY container).
ACCESSIBILITY_OPEN = "accessibility_open"


def theme_key(path: str) -> str:
    """The widget key of a theme option's control: ``theme_sidebar_primaryColor``."""
    return f"theme_{path.replace('.', '_')}"


def theme_field_key(path: str) -> str:
    """The container of a theme option's control and its message."""
    return f"theme_field_{path.replace('.', '_')}"


# The session's own values.
LAST_VALID = "_pg_last_valid_config"
SEEDED = "_pg_seeded"
LINK_PROBLEMS = "_pg_link_problems"
UPLOAD_PROBLEMS = "_pg_preset_upload_problems"
APPLIED_PRESET = "_pg_applied_preset"
PASTE = "_pg_paste"
APP_STATE = "_pg_app_state"
APP_SHAPE = "_pg_app_shape"
RECORDER = "_pg_run_log"
KIND_SWITCH_NOTE = "_pg_kind_switch_note"
ROW_MEMBERS = "_pg_row_members"  # every member configured, beyond the size too
ROW_SELECTED = "_pg_row_selected"
THEME_LAST_VALID = "_pg_theme_last_valid"
THEME_PASTE_PROBLEMS = "_pg_theme_paste_problems"
PAGE_DRAWN = "_pg_page_drawn"  # a run has ended: the browser has the page

# Widgets inside panels drawn only while open: their values outlive a closed
# panel (Streamlit forgets a widget's value on a run that does not draw it).
KEPT_WHILE_HIDDEN: tuple[str, ...] = (
    LOG_FILTER,
    LOG_LIMIT,
    LOG_TIMELINE,
    PRESET_TITLE,
    *ROW_SETTING_KEYS.values(),
    THEME_PASTE,
    *(theme_key(path) for path in THEME_PATHS),
    KEY_COLOUR_BACKGROUND,
    KEY_COLOUR_TEXT,
)


def control_key(field_name: str) -> str:
    """The widget key of the control that edits ``field_name``."""
    return f"{CONTROL_PREFIX}{field_name}"


def field_key(field_name: str) -> str:
    """The key of the container that holds a field's control and its message."""
    return f"{FIELD_PREFIX}{field_name}"


def editor_key(generation: int) -> str:
    """The code editor's key in its ``generation``: a new one after each
    accepted paste. The editor keeps what the user typed while the code it is
    given stays the same; a new key is a new editor, showing that code."""
    return CODE_EDITOR if generation == 0 else f"{CODE_EDITOR}_{generation}"


def chooser_use_key(kind_name: str) -> str:
    """The chooser's "Use st.<kind>" button: ``chooser_use_link_button``."""
    return f"chooser_use_{kind_name}"


def preview_input_key(place: int) -> str:
    """The text input in a block (a form) of the preview, by the block's
    place in a row: each form there has its own."""
    return PREVIEW_INPUT if place == 0 else f"{PREVIEW_INPUT}_{place}"


def row_fix_key(index: int) -> str:
    """The "Add a key" fix under a row's member Streamlit refuses."""
    return f"row_fix_{index}"


def is_own_key(key: str) -> bool:
    """Whether the playground uses ``key`` itself (or may, by its prefixes)."""
    return key.startswith(OWN_KEY_PREFIXES) or key in OWN_CONTAINER_KEYS
