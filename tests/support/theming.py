"""Themes for the browser tier, and the real server each is checked against.

A themed reference is ``streamlit run`` of a small app that draws the compare
panel's buttons (every type, enabled and disabled, on the main area and on
the sidebar, under the panel's keys) from a folder whose
``.streamlit/config.toml`` is the theme, as the Theme panel writes it.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page

from components.core.arguments import BUTTON_TYPES
from components.core.compare import STATES, SURFACES, compare_kwargs
from components.core.config import DEFAULT_CONFIG
from components.core.theme import Theme, make_theme
from components.core.theme_file import theme_toml
from components.ui.compare_panel import button_key

# Four themes, each drawn on a light and on a dark base: one that fails
# contrast (white on khaki), one with a sidebar of its own, one of weights
# and borders, one of colours written as CSS writes them.
THEMES: dict[str, dict[str, object]] = {
    "khaki": {
        "primaryColor": "#f0e68c",
        "buttonRadius": "full",
        "font": "serif",
        "borderColor": "#00aa00",
    },
    "ocean": {
        "primaryColor": "#0068c9",
        "backgroundColor": "#f0f6ff",
        "textColor": "#0b2545",
        "baseRadius": "small",
        "baseFontSize": 15,
        "sidebar.primaryColor": "#ff8800",
        "sidebar.backgroundColor": "#dde8f5",
        "sidebar.borderColor": "#335577",
    },
    "mono": {
        "font": "monospace",
        "baseFontWeight": 500,
        "showWidgetBorder": True,
        "buttonRadius": "0.2rem",
        "secondaryBackgroundColor": "#eeeeee",
    },
    "css": {
        "primaryColor": "hsl(340 80% 45%)",
        "borderColor": "rgb(200 0 100)",
        "textColor": "darkslategray",
        "baseRadius": "12px",
    },
}
BASES = ("light", "dark")

# What the computed style of a button and of its label is compared on.
STYLE = """element => {
  element.getAnimations({subtree: true}).forEach(a => a.finish());
  const read = (node, names) => {
    const style = getComputedStyle(node);
    return Object.fromEntries(names.map(name => [name, style.getPropertyValue(name)]));
  };
  const label = element.querySelector('p') || element;
  return {
    button: read(element, ['background-color', 'color', 'border-top-color',
      'border-bottom-color', 'border-top-left-radius', 'box-shadow', 'outline-color',
      'outline-style', 'font-family', 'font-size', 'font-weight', 'opacity']),
    label: read(label, ['color', 'font-family', 'font-size', 'font-weight']),
  };
}"""


def theme_of(name: str, base: str) -> Theme:
    return make_theme({**THEMES[name], "base": base})


def reference_folder(root: Path, theme: Theme) -> Path:
    """A folder with the reference app and the theme's config.toml."""
    folder = root / "app"
    (folder / ".streamlit").mkdir(parents=True)
    (folder / ".streamlit" / "config.toml").write_text(theme_toml(theme))
    (folder / "app.py").write_text(reference_app())
    return folder


def reference_app() -> str:
    lines = ["import streamlit as st", ""]
    for surface in SURFACES:
        place = "st" if surface == "main" else "st.sidebar"
        for button_type in BUTTON_TYPES:
            for state in STATES:
                kwargs = compare_kwargs(DEFAULT_CONFIG, button_type, state)
                key = button_key(button_type, state, surface)
                lines.append(f"{place}.button(**{kwargs!r}, key={key!r})")
    return "\n".join(lines) + "\n"


def styles_in_states(page: Page, button: Locator) -> dict[str, object]:
    """The button's computed style at rest, under the pointer, and focused
    from the keyboard (a disabled button takes no focus: its rest again)."""
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    styles = {"normal": button.evaluate(STYLE)}
    button.hover()
    styles["hover"] = button.evaluate(STYLE)
    page.mouse.move(0, 0)
    # Reached by the keyboard, as :focus-visible asks: a click or a script's
    # focus() after a click draws no focus ring.
    button.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    styles["focus"] = button.evaluate(STYLE)
    button.blur()
    return styles
