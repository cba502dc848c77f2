"""The Theme panel: a control per config.toml option, the file, and a paste box.

Drawn only while open (``ui.lazy``); its controls keep their values while it
is closed. The theme is applied to the whole page by the session, as an app
started with that config.toml is drawn: the panel only sets and shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import streamlit as st

from components.core.keys import (
    THEME,
    THEME_DOWNLOAD,
    THEME_PANEL,
    THEME_PASTE,
    THEME_PASTE_APPLY,
    THEME_RESET,
    THEME_TOML,
    theme_field_key,
    theme_key,
)
from components.core.markdown import message, strong
from components.core.theme import (
    MAX_FONT_SIZE,
    OPTIONS,
    TABLES,
    Theme,
    ThemeOption,
    option_path,
)
from components.core.theme_file import theme_toml
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


def render_theme_panel(
    theme: Theme,
    errors: Mapping[str, str],
    paste_problems: Mapping[str, str],
    on_paste: Callable[[], None],
    on_reset: Callable[[], None],
) -> None:
    panel = open_panel("Theme", key=THEME_PANEL, icon=":material/palette:")
    if panel is None:
        return
    with panel, st.container(key=THEME):
        st.caption(
            message(
                "Your app's theme. This whole page takes it, drawn by Streamlit "
                "exactly as an app started with the config.toml below. Leave an "
                "option empty for Streamlit's default."
            )
        )
        for table, tab in zip(TABLES, st.tabs([TABLE_TITLES[t] for t in TABLES])):
            with tab:
                st.caption(message(TABLE_HELP[table]))
                for option in OPTIONS:
                    if table in option.tables:
                        _field(option_path(table, option.name), option, errors)
        _config_file(theme, on_reset)
        _paste_box(paste_problems, on_paste)


def _field(path: str, option: ThemeOption, errors: Mapping[str, str]) -> None:
    with st.container(key=theme_field_key(path)):
        common = {"label": option.name, "key": theme_key(path), "help": option.help}
        if option.control in ("colour", "radius"):
            st.text_input(**common, placeholder="default")
        elif option.control == "size":
            st.number_input(
                **common, min_value=1, max_value=MAX_FONT_SIZE, step=1, placeholder="16"
            )
        elif option.control == "flag":
            st.segmented_control(
                **common, options=option.choices, format_func=FLAG_NAMES.get
            )
        else:
            st.selectbox(**common, options=option.choices, placeholder="default")
        if path in errors:
            st.error(message(errors[path]), icon=":material/error:")


def _config_file(theme: Theme, on_reset: Callable[[], None]) -> None:
    st.markdown(strong(".streamlit/config.toml"))
    text = theme_toml(theme)
    with st.container(key=THEME_TOML):
        st.code(text or NO_OPTION, language="toml")
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
    st.text_area(
        "Paste a config.toml",
        key=THEME_PASTE,
        placeholder='[theme]\nprimaryColor = "#ff4b4b"',
        help=message("Its [theme] sets the controls: read as TOML, never run."),
    )
    st.button("Apply", key=THEME_PASTE_APPLY, on_click=on_paste)
    for problem in problems.values():
        st.error(message(problem), icon=":material/error:")
