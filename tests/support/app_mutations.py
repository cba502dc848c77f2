"""Ways to break a generated app file, one per behaviour "Copy as test" checks.

Each ``Mutation`` says which configs it applies to, writes the broken app
(a changed config, as a user editing the file would, or an edit of the code's
text), and the words the failing test should say. ``mutation_cases`` pairs
every registered kind and mode (keyed, unkeyed and disabled) with each
mutation that applies: each case is the twin of the same config's passing run.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from components.core.codegen import generate_code
from components.core.config import ButtonConfig
from components.core.kinds import KINDS


@dataclass(frozen=True)
class Mutation:
    name: str
    applies: Callable[[ButtonConfig], bool]
    app: Callable[[ButtonConfig], str]
    # What the failing test says; None: it only has to fail.
    says: str | None


def edited(old: str, new: str) -> Callable[[ButtonConfig], str]:
    """The app with one piece of its text replaced; the edit must take."""

    def app(cfg: ButtonConfig) -> str:
        code = generate_code(cfg)
        broken = re.sub(old, new, code, flags=re.MULTILINE)
        assert broken != code, f"{old!r} is not in the app of {cfg}"
        return broken

    return app


def changed(**fields: object) -> Callable[[ButtonConfig], str]:
    """The app of the config with ``fields`` changed (each given a function
    of the config), as a user editing the call would write it."""

    def app(cfg: ButtonConfig) -> str:
        new = {name: change(cfg) for name, change in fields.items()}
        return generate_code(ButtonConfig.from_values(cfg.flat() | new))

    return app


def enabled_in(mode: str) -> Callable[[ButtonConfig], bool]:
    """An enabled button in ``mode`` whose test clicks it (AppTest clicks no link)."""
    return lambda cfg: (
        cfg.mode == mode and not cfg.disabled and KINDS[cfg.kind].clicked_by_apptest
    )


def other_mode(cfg: ButtonConfig) -> str | None:
    """A mode of its kind whose app this config's test fails on: for a widget
    AppTest can't click, one that flips whether a click reruns the app. None
    where none does (a menu's callback app returns the plain one's values)."""
    kind = KINDS[cfg.kind]
    if not kind.clicked_by_apptest:
        other = "plain" if cfg.mode == "ignore" else "ignore"
    else:
        other = "rerun" if cfg.mode == "plain" else "plain"
    return other if other in kind.mode_names else None


def readdressed(cfg: ButtonConfig) -> str:
    """The app of a link sent somewhere else."""
    moved = {KINDS[cfg.kind].address: "https://example.com/moved"}
    return generate_code(ButtonConfig.from_values(cfg.flat() | moved))


MUTATIONS = (
    Mutation(
        "relabelled",
        lambda cfg: True,
        changed(label=lambda cfg: cfg.label + " (renamed)"),
        "was its label changed?",
    ),
    Mutation(
        "rekeyed",
        lambda cfg: cfg.key is not None,
        changed(key=lambda cfg: f"{cfg.key}_renamed"),
        "was its key changed?",
    ),
    Mutation(
        "url_changed",
        lambda cfg: KINDS[cfg.kind].takes("url") and not cfg.disabled,
        changed(url=lambda cfg: cfg.get("url") + "/elsewhere"),
        "was url changed?",
    ),
    Mutation(
        "enabled",
        lambda cfg: cfg.disabled,
        changed(disabled=lambda cfg: False),
        "the disabled button is clickable",
    ),
    Mutation(
        "callback_adds_two",
        enabled_in("callback"),
        edited(r"clicks \+= 1$", "clicks += 2"),
        "the callback counted 2 runs for one click: it should run once",
    ),
    Mutation(
        "callback_unhooked",
        enabled_in("callback"),
        edited(r"on_click=handle_click,?", ""),
        "the callback counted 0 runs for one click",
    ),
    Mutation(
        "if_body_pass",
        enabled_in("if_block"),
        edited(r"^(\s+)st\.success\(.*\)$", r"\1pass"),
        "the click did not show its message: was the if body changed?",
    ),
    Mutation(
        "toggle_no_flip",
        enabled_in("toggle"),
        edited(r"^(\s+)st\.session_state\.show_more = .*$", r"\1pass"),
        "the first click did not show the content",
    ),
    Mutation(
        "rerun_removed",
        enabled_in("rerun"),
        edited(r"^\s+st\.rerun\(\)\n", ""),
        "did not show the click at once: was st.rerun() removed?",
    ),
    Mutation(
        "rerun_adds_two",
        enabled_in("rerun"),
        edited(r"clicks \+= 1$", "clicks += 2"),
        "one click counted 2 clicks, not 1",
    ),
    # A link that goes elsewhere: its test checks where it goes.
    Mutation(
        "readdressed",
        lambda cfg: not cfg.disabled and KINDS[cfg.kind].address is not None,
        readdressed,
        "the link opens",
    ),
    # Another mode's app: the test of this mode no longer holds.
    Mutation(
        "other_mode",
        lambda cfg: not cfg.disabled and other_mode(cfg) is not None,
        changed(
            mode=other_mode,
            args=lambda cfg: (),
            kwargs=lambda cfg: {},
        ),
        None,
    ),
)


def base_configs() -> dict[str, ButtonConfig]:
    """Each registered kind in each of its modes: keyed, unkeyed and disabled;
    a callback with arguments to record."""
    configs = {}
    for kind in KINDS.values():
        for mode in kind.mode_names:
            more = {"args": (3,), "kwargs": {"limit": 5}} if mode == "callback" else {}
            start = ButtonConfig(kind=kind.name, mode=mode, label="Save", **more)
            name = f"{kind.name}_{mode}"
            configs[f"{name}_unkeyed"] = start
            if kind.takes("key"):  # a page link has no key: it is no widget
                configs[f"{name}_keyed"] = dataclasses.replace(start, key="save")
            configs[f"{name}_disabled"] = dataclasses.replace(start, disabled=True)
    return configs


def fast_sample(bases: dict[str, ButtonConfig]) -> dict[str, ButtonConfig]:
    """The fast tier's share of ``bases``: every kind in every mode keyed (so
    every mode's own breaks apply), and each kind's first mode unkeyed and
    disabled as well."""
    firsts = {f"{kind.name}_{kind.mode_names[0]}_" for kind in KINDS.values()}
    return {
        name: cfg
        for name, cfg in bases.items()
        if name.endswith("_keyed") or name.startswith(tuple(firsts))
    }


def mutation_cases(
    bases: dict[str, ButtonConfig] | None = None,
) -> dict[str, tuple[ButtonConfig, Mutation]]:
    """Every base config (all, unless given) with every mutation that applies
    to it, by case name."""
    return {
        f"{name}__{mutation.name}": (cfg, mutation)
        for name, cfg in (base_configs() if bases is None else bases).items()
        for mutation in MUTATIONS
        if mutation.applies(cfg)
    }
