"""Issue 17's accessibility checks in Chromium, held to axe-core and to Chromium itself.

The Accessibility panel's findings agree with axe-core's verdicts on the
real preview, for a set of configs and themes, where axe has a rule:
``button-name``/``link-name`` (a name), ``color-contrast`` (contrast) and
``target-size`` (size; axe also passes a small target by its spacing, so its
size check is what is compared). axe has no rule for a tooltip on a disabled
button: it skips disabled controls, and "reachable by keyboard" is no
property of one element. That finding is checked here by pressing Tab, on a
page that draws every kind disabled with help. The label model is held to
the names Chromium computes, and the box sizes to the preview's. Last, axe
runs on the playground itself, every panel open, light and dark: no serious
or critical violation but those Streamlit's own drawing brings
(``tests.support.axe.STREAMLIT_OWN``, each with why).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import replace

import pytest
from playwright.sync_api import Locator, Page, expect

from components.core.accessibility import CONTRAST, DISABLED_HELP, findings
from components.core.button_box import target_size
from components.core.codegen import generate_code
from components.core.config import ButtonConfig, default_config
from components.core.keys import ACCESSIBILITY, ACCESSIBILITY_OPEN, PREVIEW
from components.core.kinds import KINDS
from components.core.label_text import has_accessible_name
from components.core.links import share_link
from components.core.theme import NO_THEME, Theme, make_theme
from components.core.theme_file import theme_preset_titled
from tests.support.axe import (
    WIDGET_RULES,
    chromium_name,
    judged,
    run_axe,
    severe_violations,
    widget_verdicts,
)
from tests.support.browser import keyed, open_panel, open_playground, preview_button
from tests.support.label_cases import LABEL_CASES
from tests.support.panels import PANEL_BODIES
from tests.support.servers import ServerError, serving
from tests.support.theming import theme_of

DARK = theme_preset_titled("Streamlit dark").theme
PAGE_LINK = default_config("page_link")
LINK_BUTTON = default_config("link_button")
ICON = ":material/thumb_up:"

# (id, config, theme, the panel's findings): each shown in the preview and judged by axe.
CASES: list[tuple[str, ButtonConfig, Theme, set[str]]] = [
    ("default", ButtonConfig(), NO_THEME, set()),
    ("icon-only", ButtonConfig(label="", icon=ICON), NO_THEME, set()),
    ("markdown-beside-icon", ButtonConfig(label="****", icon=ICON), NO_THEME, {"name"}),
    ("link-button-markdown", replace(LINK_BUTTON, label="****"), NO_THEME, {"name"}),
    ("secondary-20px", ButtonConfig(width=20), NO_THEME, set()),  # drawn 26 px
    ("tertiary-20px", ButtonConfig(width=20, type="tertiary"), NO_THEME, {"target_size"}),
    ("page-link-20px", replace(PAGE_LINK, width=20), NO_THEME, {"target_size"}),
    (
        "secondary-20px-font-8",
        ButtonConfig(width=20),
        make_theme({"baseFontSize": 8}),
        {"target_size"},
    ),
    ("disabled-help", ButtonConfig(disabled=True, help="Log in first"), NO_THEME,
     {"disabled_help"}),
    ("khaki-primary", ButtonConfig(type="primary"), theme_of("khaki", "light"),
     {"contrast"}),
    ("khaki-dark-primary", ButtonConfig(type="primary"), theme_of("khaki", "dark"),
     {"contrast"}),
    ("dark-primary", ButtonConfig(type="primary"), DARK, set()),  # 4.6:1
    ("dim-dark-secondary", ButtonConfig(), theme_of("css", "dark"), {"contrast"}),
]  # fmt: skip


def shown_mode(theme: Theme) -> str:
    """The mode the preview is drawn in: the theme's base (Chromium asks for light)."""
    return theme.get("base", "light")


def seen_findings(cfg: ButtonConfig, theme: Theme) -> set[str]:
    """The panel's findings for the mode on screen: a contrast finding only
    when it fails in that mode."""
    return {
        finding.check.id
        for finding in findings(cfg, theme)
        if finding.check is not CONTRAST or shown_mode(theme) in finding.modes
    }


@pytest.mark.parametrize(
    "cfg, theme, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_panels_findings_agree_with_axe_on_the_preview(
    blank_page: Page, playground_url: str, cfg, theme, expected
):
    page = blank_page
    open_playground(page, share_link(playground_url, cfg, theme=theme))
    results = run_axe(page, f".st-key-{PREVIEW}", WIDGET_RULES)

    ours = seen_findings(cfg, theme)
    assert ours == expected
    assert widget_verdicts(page, results) == ours - {DISABLED_HELP.id}
    # The panel says what it found, each finding with its criterion.
    open_panel(page, ACCESSIBILITY_OPEN)
    for finding in findings(cfg, theme):
        expect(keyed(page, ACCESSIBILITY)).to_contain_text(
            finding.check.criterion.title
        )
    if not expected:
        expect(keyed(page, ACCESSIBILITY)).to_contain_text("No problems found")
    if (size := target_size(cfg, theme)) is not None:
        box = preview_button(page).bounding_box()
        assert box["width"] == pytest.approx(size[0], abs=0.5)
        assert box["height"] >= size[1] - 0.5  # a wrapped label is taller


def test_axe_judges_no_rule_on_a_disabled_button_with_help(
    blank_page: Page, playground_url: str
):
    """What the disabled-tooltip finding stands in for: axe skips the button."""
    cfg = ButtonConfig(disabled=True, help="Log in first")
    open_playground(blank_page, share_link(playground_url, cfg))
    results = run_axe(blank_page, f".st-key-{PREVIEW}", ("target-size",))
    assert not judged(results, "target-size")
    # The twin: enabled, axe judges its size.
    open_playground(
        blank_page, share_link(playground_url, replace(cfg, disabled=False))
    )
    assert judged(
        run_axe(blank_page, f".st-key-{PREVIEW}", ("target-size",)), "target-size"
    )


# --- reference pages: every label case, every kind disabled with help -----------


def labels_app() -> str:
    lines = ["import streamlit as st", ""]
    for index, (label, icon, _) in enumerate(LABEL_CASES):
        lines.append(f"st.button({label!r}, icon={icon!r}, key='case_{index}')")
    return "\n".join(lines) + "\n"


def kinds_app() -> str:
    """Each kind disabled with help, between two buttons to Tab from and to."""
    lines = ["import streamlit as st", ""]
    for name in KINDS:
        cfg = replace(default_config(name), disabled=True, help=f"Why {name}")
        code = generate_code(cfg, complete=False)
        lines += [
            f"st.button('Before {name}', key='before_{name}')",
            f"with st.container(key='kind_{name}'):",
            textwrap.indent(code, "    "),
            f"st.button('After {name}', key='after_{name}')",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    folder = tmp_path_factory.mktemp("accessibility")
    (folder / "labels.py").write_text(labels_app())
    (folder / "kinds.py").write_text(kinds_app())
    scripts = {"labels": str(folder / "labels.py"), "kinds": str(folder / "kinds.py")}
    try:
        with serving(scripts, folder) as servers:
            yield {name: server.url for name, server in servers.items()}
    except ServerError as error:
        pytest.fail(str(error))


def test_chromium_names_exactly_the_labels_the_model_says_are_named(
    blank_page: Page, references: dict[str, str]
):
    page = blank_page
    page.goto(references["labels"])
    last = len(LABEL_CASES) - 1
    expect(keyed(page, f"case_{last}").locator("button")).to_be_visible()
    names = {
        index: chromium_name(page, f".st-key-case_{index} button")
        for index in range(len(LABEL_CASES))
    }
    assert [
        (label, icon, names[index])
        for index, (label, icon, named) in enumerate(LABEL_CASES)
        if bool(names[index].strip()) is not named
    ] == []
    assert [
        (label, icon)
        for label, icon, named in LABEL_CASES
        if has_accessible_name(label, icon, None) is not named
    ] == []
    # axe's button-name says the same, unnamed case by unnamed case.
    unnamed = {index for index, (_, _, named) in enumerate(LABEL_CASES) if not named}
    flagged = {
        case_of(page, node["target"][-1])
        for rule in run_axe(page, rules=("button-name",))["violations"]
        for node in rule["nodes"]
    }
    assert flagged == unnamed and unnamed


def case_of(page: Page, target: str) -> int:
    """The label case an element axe names by ``target`` belongs to."""
    key = page.evaluate(
        "target => [...document.querySelector(target)"
        ".closest('[class*=\"st-key-case_\"]').classList]"
        ".find(c => c.startsWith('st-key-case_'))",
        target,
    )
    return int(key.removeprefix("st-key-case_"))


def focus_path(page: Page, name: str) -> list[str]:
    """What Tab reaches from the button before the kind to the one after it:
    each element's tag and its text."""
    keyed(page, f"before_{name}").locator("button").focus()
    reached = []
    for _ in range(6):
        page.keyboard.press("Tab")
        where = page.evaluate(
            "name => { const e = document.activeElement;"
            " return [e.tagName, e.innerText, !!e.closest('.st-key-after_' + name)]; }",
            name,
        )
        if where[2]:
            return reached
        reached.append(f"{where[0]} {where[1]}".strip())
    raise AssertionError(f"Tab never reached the button after {name}: {reached}")


@pytest.mark.parametrize("name", list(KINDS))
def test_tab_skips_a_disabled_widget_exactly_where_the_panel_says(
    blank_page: Page, references: dict[str, str], name: str
):
    page = blank_page
    page.goto(references["kinds"])
    expect(keyed(page, "after_popover").locator("button")).to_be_visible()
    cfg = replace(default_config(name), disabled=True, help=f"Why {name}")
    widget = keyed(page, f"kind_{name}").locator("button, a").filter(visible=True)
    label = widget.first.inner_text().strip()

    reached = any(label in step for step in focus_path(page, name))

    said = DISABLED_HELP.id in {f.check.id for f in findings(cfg, NO_THEME)}
    assert reached is not said
    if reached:  # back on it from the keyboard, its tooltip shows on focus
        page.keyboard.press("Shift+Tab")
        expect(page.get_by_text(f"Why {name}")).to_be_visible()
    # A pointer reaches the tooltip either way: only the keyboard is left out.
    page.keyboard.press("Escape")
    assert shows_on_hover(page, widget.first, f"Why {name}")


def shows_on_hover(page: Page, target: Locator, tip: str) -> bool:
    """Whether ``tip`` shows with the pointer on ``target``. Hovered again
    after a miss: the page can still move under a resting pointer as it
    settles (a font arriving), which takes the hover away."""
    for _ in range(HOVER_TRIES):
        page.mouse.move(0, 0)
        target.hover()
        try:
            expect(page.get_by_text(tip)).to_be_visible(timeout=HOVER_WAIT_MS)
            return True
        except AssertionError:
            continue
    return False


HOVER_TRIES, HOVER_WAIT_MS = 3, 5_000


# --- the playground's own page ---------------------------------------------------

BACKGROUNDS = {"light": "rgb(255, 255, 255)", "dark": "rgb(23, 22, 20)"}


def open_everything(page: Page, url: str) -> None:
    open_playground(page, url)
    for key in PANEL_BODIES:
        open_panel(page, key)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_playgrounds_own_page_has_no_serious_or_critical_violation(
    blank_page: Page, playground_url: str, mode: str
):
    page = blank_page
    theme = DARK if mode == "dark" else NO_THEME
    open_everything(page, share_link(playground_url, ButtonConfig(), theme=theme))
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.stApp')).backgroundColor"
    )
    assert background == BACKGROUNDS[mode]

    assert severe_violations(page, run_axe(page)) == []


def test_a_serious_violation_of_the_apps_own_would_be_caught(
    blank_page: Page, playground_url: str
):
    """The twin: the check is not blind. Streamlit's own are there and left
    out by their exact colour; text of another colour on the same page counts."""
    page = blank_page
    open_playground(page, playground_url)
    results = run_axe(page, rules=("color-contrast",))
    flagged = [node for rule in results["violations"] for node in rule["nodes"]]
    assert flagged and severe_violations(page, results) == []
    page.evaluate(
        "() => { const p = document.createElement('p'); p.textContent = 'Faint';"
        " p.style.color = '#dddddd'; p.className = 'planted';"
        " document.querySelector('.st-key-preview').append(p); }"
    )
    planted = severe_violations(page, run_axe(page, rules=("color-contrast",)))
    assert len(planted) == 1 and "Faint" in planted[0]
