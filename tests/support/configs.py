"""A config that sets every field, shared by the tests that need one."""

from __future__ import annotations

import dataclasses

from components.core.config import ButtonConfig
from components.core.kinds import BUTTON

EVERY_FIELD = ButtonConfig(
    label="Say **hello**",
    key="hello",
    help="Greets you",
    type="tertiary",
    icon=":material/waving_hand:",
    icon_position="right",
    disabled=True,
    width=240,
    shortcut="Ctrl+K",
    wrap=False,
    mode="callback",
    args=(3, "draft"),
    kwargs={"limit": 500},
)
# Every argument of st.button set, enabled, with an emoji icon, in plain mode.
EVERY_ARGUMENT = ButtonConfig.from_values(
    EVERY_FIELD.flat()
    | {"icon": "👋", "disabled": False, "mode": "plain", "args": (), "kwargs": {}}
)

BASES = {
    "default": ButtonConfig(),
    "keyed_primary": ButtonConfig(label="Save", key="save", type="primary"),
    "tricky_label": ButtonConfig(label='It\'s "quoted" """ \'\'\' \\ **bold**\n'),
    "every_argument": EVERY_ARGUMENT,
}
CALLBACK_ARGUMENTS = {"args": (3, "draft", [1.5, None]), "kwargs": {"limit": 500}}


def varied_configs() -> dict[str, ButtonConfig]:
    """Each of st.button's modes with a key and without, odd labels, every argument, callback
    arguments, and disabled buttons (which a test can't click)."""
    configs = {}
    for base_name, base in BASES.items():
        for mode in BUTTON.mode_names:
            configs[f"{base_name}_{mode}"] = dataclasses.replace(base, mode=mode)
    configs["callback_with_arguments"] = ButtonConfig(
        label="Save", mode="callback", **CALLBACK_ARGUMENTS
    )
    configs["callback_with_arguments_keyed"] = ButtonConfig(
        label="Save", key="save", mode="callback", args=("a",)
    )
    for mode in BUTTON.mode_names:
        configs[f"disabled_{mode}"] = ButtonConfig(
            label="Off", disabled=True, mode=mode
        )
    return configs
