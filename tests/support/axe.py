"""axe-core (``axe-playwright-python``) and Chromium's accessibility tree, for the browser tier.

Runs axe on a page or one keyed part of it and reads its verdicts in the
terms of ``core.accessibility``'s checks; names the parts of Streamlit's own
drawing that axe flags and the app can't change (each with why); and reads
the accessible name Chromium itself computes for an element.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

_AXE = Axe()
# axe's rules for what the panel judges; target-size is off by default.
WIDGET_RULES = ("button-name", "link-name", "color-contrast", "target-size")
# Each axe rule, as the panel's check it agrees with (``Check.id``).
CHECK_OF_RULE = {
    "button-name": "name",
    "link-name": "name",
    "color-contrast": "contrast",
    "target-size": "target_size",
}
SEVERE = ("serious", "critical")


def run_axe(
    page: Page, include: str | None = None, rules: tuple[str, ...] = ()
) -> dict:
    """axe's results (violations, passes, incomplete) for the page, or the
    part ``include`` selects; only ``rules`` when given."""
    options: dict[str, Any] = {
        "resultTypes": ["violations", "passes", "incomplete"],
        "rules": {"target-size": {"enabled": True}},
    }
    if rules:
        options["runOnly"] = {"type": "rule", "values": list(rules)}
    context = {"include": [[include]]} if include else None
    return _AXE.run(page, context=context, options=options).response


def widget_verdicts(page: Page, results: dict) -> set[str]:
    """The panel's checks that axe finds failed on the widget (a ``button`` or
    ``a`` and what it holds): a name or contrast violation; for target size,
    a target whose size check did not pass, whether it fails or passes by its
    spacing alone (``target-offset``): the panel judges the size."""
    failed = set()
    for rule in results["violations"]:
        if any(_in_widget(page, node) for node in rule["nodes"]):
            failed.add(CHECK_OF_RULE[rule["id"]])
    for rule in results["passes"]:
        if rule["id"] != "target-size":
            continue
        for node in rule["nodes"]:
            sized = any(check["id"] == "target-size" for check in node["any"])
            if _in_widget(page, node) and not sized:
                failed.add("target_size")
    return failed


def judged(results: dict, rule_id: str) -> bool:
    """Whether axe judged anything by ``rule_id`` (a disabled button, say, it skips)."""
    return any(
        rule["id"] == rule_id
        for kind in ("violations", "passes", "incomplete")
        for rule in results[kind]
    )


@dataclass(frozen=True)
class StreamlitOwn:
    """A violation Streamlit's own drawing brings, which no app can change:
    its rule, the element it is on (or inside), the colours it comes with."""

    rule: str
    within: str
    foregrounds: tuple[str, ...]
    why: str


STREAMLIT_OWN = (
    StreamlitOwn(
        "color-contrast",
        "[data-testid='stCaptionContainer']",
        ("#828180",),
        "st.caption's text in Streamlit 1.67.0's light theme is #828180: 3.88:1 on "
        "white, 3.72:1 on the sidebar's #f8f8f7 or a code span's #fafafa. Its "
        "dark theme's passes. The playground keeps Streamlit's own theme (and "
        "shows the user's), so it does not restyle Streamlit's captions.",
    ),
    StreamlitOwn(
        "color-contrast",
        "[data-testid='stButtonGroup'] button[data-selected='true']",
        ("#c53948", "#cf4250"),
        "st.segmented_control draws its selected option's label in the primary "
        "colour on a tint of it: 4.23:1 in Streamlit's light theme, 3.25:1 in "
        "its dark one. The sidebar's choices are Streamlit's own widget.",
    ),
)


def severe_violations(page: Page, results: dict) -> list[str]:
    """Every serious or critical violation, but those of ``STREAMLIT_OWN``,
    as "rule (impact): element"."""
    found = []
    for rule in results["violations"]:
        for node in rule["nodes"]:
            impact = node.get("impact") or rule["impact"]
            if impact in SEVERE and not _streamlits_own(page, rule["id"], node):
                found.append(f"{rule['id']} ({impact}): {node['html'][:120]}")
    return found


def chromium_name(page: Page, selector: str) -> str:
    """The accessible name Chromium computes for the first element ``selector``
    matches, read from its accessibility tree (not a model of it)."""
    cdp = page.context.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})
        assert node["nodeId"], f"nothing matches {selector}"
        tree = cdp.send(
            "Accessibility.getPartialAXTree",
            {"nodeId": node["nodeId"], "fetchRelatives": False},
        )
        return tree["nodes"][0].get("name", {}).get("value", "")
    finally:
        cdp.detach()


def _streamlits_own(page: Page, rule_id: str, node: dict) -> bool:
    foreground = _foreground(node)
    return any(
        own.rule == rule_id
        and foreground in own.foregrounds
        and _element_within(page, node, own.within)
        for own in STREAMLIT_OWN
    )


def _foreground(node: dict) -> str | None:
    for check in node["any"]:
        if isinstance(check.get("data"), dict) and "fgColor" in check["data"]:
            return check["data"]["fgColor"]
    return None


def _in_widget(page: Page, node: dict) -> bool:
    return _element_within(page, node, "button, a")


def _element_within(page: Page, node: dict, selector: str) -> bool:
    # A target is a list of selectors, one per frame; the playground's
    # widgets are in its top frame.
    return page.evaluate(
        "([target, selector]) => !!document.querySelector(target)?.closest(selector)",
        [node["target"][-1], selector],
    )
