"""The Theme panel: a control per config.toml option, the file, and a paste box.

Drawn only while open (``ui.lazy``); its controls keep their values while it
is closed. The theme is applied to the whole page by the session, as an app
started with that config.toml is drawn: the panel only sets and shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import streamlit as st

from components.core.key_colour import NOTICE
from components.core.keys import (
    KEY_COLOUR,
    KEY_COLOUR_BACKGROUND,
    KEY_COLOUR_TEXT,
    THEME,
    THEME_DOWNLOAD,
    THEME_PANEL,
    THEME_PASTE,
    THEME_PASTE_APPLY,
    THEME_PASTE_BOX,
    THEME_PRESET_PICK,
    THEME_RESET,
    THEME_TOML,
    theme_field_key,
    theme_key,
)
from components.core.markdown import message, message_list, strong
from components.core.snapshot import Snapshot
from components.core.theme import (
    MAX_FONT_SIZE,
    OPTIONS,
    TABLES,
    Theme,
    ThemeOption,
    option_path,
)
from components.core.theme_colours import primary_label_warning
from components.core.theme_file import bundled_theme_presets, theme_toml
from components.ui.lazy import open_panel

TABLE_TITLES = {
    "theme": "[theme]",
    "sidebar": "[theme.sidebar]",
    "light": "[theme.light]",
    "dark": "[theme.dark]",
}
TABLE_HELP = {
    "theme": "The whole app, in light and in dark.",
    "sidebar": "The sidebar's colours, over [theme]'s.",
    "light": "Colours for the light mode a viewer can pick in the app's settings.",
    "dark": "Colours for the dark mode a viewer can pick in the app's settings.",
}
NO_OPTION = "# No option set: Streamlit's default theme."
FLAG_NAMES = {True: "on", False: "off"}


@dataclass(frozen=True)
class ThemeActions:
    """What the panel's buttons do: the session's callbacks."""

    pick_preset: Callable[[], None]
    paste: Callable[[], None]
    reset: Callable[[], None]


def render_theme_panel(
    snap: Snapshot, paste_problems: Mapping[str, str], actions: ThemeActions
) -> None:
    panel = open_panel("Theme", key=THEME_PANEL, icon=":material/palette:")
    if panel is None:
        return
    theme, errors = snap.theme, snap.theme_errors
    # Said once, at the primaryColor the theme draws buttons with.
    warning = primary_label_warning(theme)
    warnings = {_primary_path(theme): warning} if warning else {}
    with panel, st.container(key=THEME):
        st.caption(
            message(
                "Your app's theme. This whole page takes it, drawn by Streamlit "
                "exactly as an app started with the config.toml below. Leave an "
                "option empty for Streamlit's default."
            )
        )
        _gallery(actions.pick_preset)
        for table, tab in zip(TABLES, st.tabs([TABLE_TITLES[t] for t in TABLES])):
            with tab:
                st.caption(message(TABLE_HELP[table]))
                for option in OPTIONS:
                    if table in option.tables:
                        path = option_path(table, option.name)
                        said = warnings.get(path)
                        _field(path, option, errors, said)
        _config_file(theme, actions.reset)
        _paste_box(paste_problems, actions.paste)
        _key_colour(snap)


def _primary_path(theme: Theme) -> str:
    """The primaryColor control a warning about it belongs under: [theme]'s,
    else the first table's that sets one."""
    set_paths = [path for path, _ in theme.values if path.endswith("primaryColor")]
    return "primaryColor" if "primaryColor" in set_paths else set_paths[0]


def _gallery(on_pick: Callable[[], None]) -> None:
    presets = bundled_theme_presets()
    st.pills(
        "Start from a theme",
        [preset.title for preset in presets],
        key=THEME_PRESET_PICK,
        on_change=on_pick,
        help=" ".join(strong(p.title) + message(f": {p.description}") for p in presets),
    )


def _field(
    path: str,
    option: ThemeOption,
    errors: Mapping[str, str],
    warning: str | None = None,
) -> None:
    with st.container(key=theme_field_key(path)):
        common = {"label": option.name, "key": theme_key(path), "help": option.help}
        if option.typed:
            st.text_input(**common, placeholder="default")
        elif option.control == "size":
            st.number_input(
                **common,
                value=None,
                min_value=1,
                max_value=MAX_FONT_SIZE,
                step=1,
                placeholder="16",
            )
        elif option.control == "flag":
            st.segmented_control(
                **common, options=option.choices, format_func=FLAG_NAMES.get
            )
        else:
            st.selectbox(
                **common, options=option.choices, index=None, placeholder="default"
            )
        if path in errors:
            st.error(message(errors[path]), icon=":material/error:")
        elif warning is not None:
            st.warning(message(warning), icon=":material/warning:")


def _config_file(theme: Theme, on_reset: Callable[[], None]) -> None:
    st.markdown(strong(".streamlit/config.toml"))
    text = theme_toml(theme)
    with st.container(key=THEME_TOML):
        # Wrapped: a block that scrolls sideways is one the keyboard can't
        # scroll (axe's scrollable-region-focusable), and the sidebar is narrow.
        st.code(text or NO_OPTION, language="toml", wrap_lines=True)
    st.download_button(
        "Download config.toml",
        data=text,
        file_name="config.toml",
        mime="application/toml",
        key=THEME_DOWNLOAD,
        icon=":material/download:",
        on_click="ignore",
        disabled=not theme,
    )
    st.button(
        "Reset the theme",
        key=THEME_RESET,
        icon=":material/restart_alt:",
        on_click=on_reset,
        disabled=not theme,
    )


def _paste_box(problems: Mapping[str, str], on_paste: Callable[[], None]) -> None:
    with st.container(key=THEME_PASTE_BOX):
        st.text_area(
            "Paste a config.toml",
            key=THEME_PASTE,
            placeholder='[theme]\nprimaryColor = "#ff4b4b"',
            help=message("Its [theme] sets the controls: read as TOML, never run."),
        )
        st.button("Apply", key=THEME_PASTE_APPLY, on_click=on_paste)
        _paste_problems(list(problems.values()))


def _paste_problems(problems: list[str]) -> None:
    """One alert, ten problems at most: a file of a thousand bad keys is one
    element, not a thousand."""
    if len(problems) == 1:
        st.error(message(problems[0]), icon=":material/error:")
    elif problems:
        st.error(message_list(problems), icon=":material/error:")


def _key_colour(snap: Snapshot) -> None:
    """The unofficial recipe: one keyed button's own colour, by CSS."""
    st.markdown(strong("One button's own colour (unofficial)"))
    with st.container(key=KEY_COLOUR):
        st.caption(message(NOTICE))
        if snap.row is not None:
            st.caption(message("Not written for a row yet: edit a lone button."))
        elif snap.config.key is None:
            st.caption(
                message(
                    "Give the button a `key` in the sidebar: the CSS is scoped to "
                    "the class Streamlit draws for that key."
                )
            )
        for key, label, example in (
            (KEY_COLOUR_BACKGROUND, "Background", "#d33"),
            (KEY_COLOUR_TEXT, "Label colour", "white"),
        ):
            st.text_input(label, key=key, placeholder=example)
            if key in snap.theme_errors:
                st.error(message(snap.theme_errors[key]), icon=":material/error:")
