"""Links: a config travels as query parameters and comes back exactly; bad ones are dropped.

Round trips go through the same URL encoding Streamlit uses (``urlencode``
out, ``parse_qs`` in), so what is checked is what a browser carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from components.core.config import (
    FIELD_NAMES,
    ButtonConfig,
    own_key_error,
    value_errors,
)
from components.core.fields import whole_number_error
from components.core.kinds import KINDS
from components.core.links import (
    decode_query,
    encode_query,
    share_link,
)
from components.core.rules import MAX_TEXT_CHARS
from components.core.text import (
    MAX_LISTED,
    listed,
)
from components.core.widgets import literal_text
from tests.support.strategies import button_configs, playground_configs

TRICKY_LABEL = "a&b=c #1 100% +1! \"quoted\" 'single' 🎉👍🏽\nsecond line"


def through_a_link(cfg: ButtonConfig) -> dict[str, str]:
    """The query of ``cfg``'s share link, read back as Streamlit reads it."""
    query = urlsplit(share_link("http://host:8501/", cfg)).query
    parsed = parse_qs(query, keep_blank_values=True)
    return {name: values[-1] for name, values in parsed.items()}


def through_a_url(query: dict[str, str]) -> dict[str, str]:
    """``query`` written into a URL and read back as Streamlit reads it."""
    parsed = parse_qs(urlencode(query), keep_blank_values=True)
    return {name: values[-1] for name, values in parsed.items()}


def as_link_text(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return literal_text(value) if isinstance(value, (tuple, Mapping)) else str(value)


def fits_a_link(cfg: ButtonConfig) -> bool:
    return own_key_error(cfg.key) is None and all(
        len(text) <= MAX_TEXT_CHARS for text in encode_query(cfg).values()
    )


@given(button_configs)
def test_any_config_comes_back_from_its_link_exactly(cfg):
    assume(fits_a_link(cfg))
    assert decode_query(through_a_url(encode_query(cfg))) == (cfg, [])


def texts_up_to_the_limit(pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Texts of any length up to MAX_TEXT_CHARS, often at it: a piece repeated, cut."""
    lengths = st.integers(1, MAX_TEXT_CHARS) | st.just(MAX_TEXT_CHARS)
    return st.tuples(pieces, lengths).map(
        lambda pair: (pair[0] * MAX_TEXT_CHARS)[: pair[1]]
    )


# Non-blank pieces keep their first character, so every cut stays non-blank.
LONG_TEXTS = texts_up_to_the_limit(st.text(min_size=1).map(str.lstrip).filter(bool))


@given(playground_configs, LONG_TEXTS, LONG_TEXTS, LONG_TEXTS)
def test_a_config_with_texts_up_to_the_limit_comes_back_from_its_share_link(
    cfg, label, help_text, key
):
    assume(not value_errors({"key": key}))
    keyed = {"key": key} if KINDS[cfg.kind].takes("key") else {}
    cfg = replace(cfg, label=label, help=help_text, **keyed)
    assert decode_query(through_a_link(cfg)) == (cfg, [])


def test_a_label_of_exactly_the_limit_comes_back_from_its_share_link():
    label = (TRICKY_LABEL * MAX_TEXT_CHARS)[:MAX_TEXT_CHARS]
    cfg = ButtonConfig(label=label, help=label, key=label)
    assert decode_query(through_a_link(cfg)) == (cfg, [])


def test_a_label_over_the_limit_is_dropped_from_a_link_with_a_sentence():
    label = "x" * (MAX_TEXT_CHARS + 1)
    cfg, problems = decode_query({"label": label})
    assert cfg == ButtonConfig()
    assert problems == ["`label` is longer than 2,000 characters."]


def test_the_default_config_has_an_empty_query():
    assert encode_query(ButtonConfig()) == {}
    assert decode_query({}) == (ButtonConfig(), [])


def test_only_non_default_fields_travel_under_their_names():
    cfg = ButtonConfig(label="Save", type="primary", width=240)
    assert encode_query(cfg) == {"label": "Save", "type": "primary", "width": "240"}


def test_values_are_written_as_the_link_notation_says():
    cfg = ButtonConfig(
        disabled=True,
        wrap=False,
        width="stretch",
        mode="callback",
        args=(1, None),
        kwargs={"limit": 500},
    )
    assert encode_query(cfg) == {
        "disabled": "true",
        "width": "stretch",
        "wrap": "false",
        "mode": "callback",
        "args": "(1, None)",
        "kwargs": "{'limit': 500}",
    }


def test_a_label_full_of_url_characters_comes_back_unchanged():
    cfg = ButtonConfig(label=TRICKY_LABEL)
    assert decode_query(through_a_url(encode_query(cfg)))[0].label == TRICKY_LABEL


def test_share_link_is_the_page_url_with_the_query():
    link = share_link("http://host:8501/app", ButtonConfig(label="Save & go"))
    assert link == "http://host:8501/app?label=Save+%26+go"
    assert share_link("http://host:8501/app", ButtonConfig()) == "http://host:8501/app"


def test_share_link_to_the_site_root_keeps_its_slash_and_drops_an_old_query():
    cfg = ButtonConfig(type="primary")
    assert share_link("http://host:8501", cfg) == "http://host:8501/?type=primary"
    assert share_link("http://host/?type=x#top", cfg) == "http://host/?type=primary"
    assert share_link(None, cfg) == "?type=primary"


def test_share_link_reproduces_the_config():
    cfg = ButtonConfig(label=TRICKY_LABEL, mode="callback", kwargs={"limit": 500})
    query = urlsplit(share_link(None, cfg)).query
    parsed = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    assert decode_query(parsed) == (cfg, [])


# --- bad parameters: dropped with a sentence, the rest applied ---------------------

BAD_PARAMETERS = {
    "unknown name": ({"colour": "red"}, "`colour` is not a setting"),
    "overlong value": ({"help": "x" * (MAX_TEXT_CHARS + 1)}, "longer than 2,000"),
    "invalid choice": ({"type": "huge"}, "`type` is 'huge'"),
    "invalid flag": ({"disabled": "yes"}, "`disabled` is 'yes'"),
    "invalid wrap": ({"wrap": "auto"}, "`wrap` is 'auto'"),
    "invalid width": ({"width": "wide"}, "`width` is 'wide'"),
    "zero width": ({"width": "0"}, "`width` is 0"),
    "signed width": ({"width": "+5"}, "`width` is '+5'"),
    "unknown icon": ({"icon": ":material/nope:"}, "`icon`"),
    "reserved shortcut": ({"shortcut": "C"}, "`shortcut`"),
    "empty help": ({"help": ""}, "`help` is empty"),
    "playground key": ({"key": "ctl_label"}, "used by the playground"),
    "args are not a literal": (
        {"mode": "callback", "args": "__import__('os')"},
        "not a Python literal",
    ),
    "args are not a tuple": ({"mode": "callback", "args": "500"}, "must be a tuple"),
    "kwargs without a callback": (
        {"kwargs": "{'limit': 500}"},
        "mode 'plain' has none",
    ),
}


@pytest.mark.parametrize("kind", BAD_PARAMETERS)
def test_a_bad_parameter_is_dropped_and_named_while_the_rest_applies(kind):
    bad, says = BAD_PARAMETERS[kind]
    cfg, problems = decode_query({"label": "Kept"} | bad)
    assert cfg.label == "Kept"
    assert len(problems) == 1 and says in problems[0], problems
    for name in set(bad) & set(FIELD_NAMES) - {"mode"}:
        assert getattr(cfg, name) == getattr(ButtonConfig(), name)


@pytest.mark.parametrize(
    "good",
    [
        {"type": "tertiary"},
        {"disabled": "false"},
        {"wrap": "true"},
        {"width": "stretch"},
        {"width": "1"},
        {"icon": ":material/home:"},
        {"shortcut": "Ctrl+K"},
        {"help": "h"},
        {"key": "save"},
        {"mode": "callback", "args": "(500,)"},
        {"mode": "callback", "kwargs": "{'limit': 500}"},
        {"label": "x" * MAX_TEXT_CHARS},
        {"label": ""},
    ],
)
def test_a_good_parameter_is_applied_without_a_problem(good):
    cfg, problems = decode_query(good)
    assert problems == []
    assert {name: as_link_text(getattr(cfg, name)) for name in good} == good


def test_several_bad_parameters_are_all_listed():
    _, problems = decode_query({"a": "1", "b": "2", "type": "huge"})
    assert len(problems) == 3


def test_an_invalid_mode_takes_its_callback_arguments_with_it():
    cfg, problems = decode_query({"mode": "bogus", "args": "(1,)"})
    assert cfg == ButtonConfig()
    assert len(problems) == 2


def test_an_overlong_unknown_name_is_quoted_short():
    _, (problem,) = decode_query({"x" * 5000: "1"})
    assert len(problem) < 100


def test_an_unknown_name_with_a_lone_surrogate_is_quoted_as_its_escape():
    _, (problem,) = decode_query({"x\ud800": "1"})
    assert problem.startswith("`x\\ud800` is not a setting")
    problem.encode("utf-8")


def test_an_unknown_name_of_real_characters_is_quoted_as_it_is():
    """The twin: only what UTF-8 can't carry is escaped."""
    _, (problem,) = decode_query({"cölör 🎨": "1"})
    assert problem.startswith("`cölör 🎨` is not a setting")


def test_the_notice_lists_the_first_problems_and_counts_the_rest():
    _, problems = decode_query({f"p{number}": "1" for number in range(999)})
    lines = listed(problems)
    assert lines[:MAX_LISTED] == problems[:MAX_LISTED]
    assert lines[MAX_LISTED:] == [f"…and {999 - MAX_LISTED} more."]


def test_the_notice_lists_every_problem_up_to_its_limit():
    """The twin: at the limit, every problem is listed and none is counted."""
    _, problems = decode_query({f"p{n}": "1" for n in range(MAX_LISTED)})
    assert listed(problems) == problems


# --- pixel widths beyond 64 bits: dropped with a sentence, never a traceback -------


@pytest.mark.parametrize(
    "digits",
    ["9" * 5_000, "9" * (MAX_TEXT_CHARS - 1), str(2**63), "0" + str(2**64)],
    ids=["5,000 digits", "just under the length limit", "2**63", "leading zero"],
)
def test_a_width_beyond_64_bits_is_dropped_and_named_while_the_rest_applies(digits):
    cfg, problems = decode_query({"label": "Kept", "width": digits})
    assert cfg == ButtonConfig(label="Kept")
    assert problems == [whole_number_error("width")]


@pytest.mark.parametrize("digits", [str(2**63 - 1), "0" * 30 + "4294967296"])
def test_a_64_bit_width_is_judged_by_the_width_rule_instead(digits):
    _, (problem,) = decode_query({"width": digits})
    assert problem.startswith(f"`width` is {int(digits)}; it must be")
    assert "64 bits" not in problem


def test_a_64_bit_width_in_range_is_applied():
    assert decode_query({"width": "0" * 30 + "240"}) == (ButtonConfig(width=240), [])


# A parameter given more than once ------------------------------------------------


def test_a_repeated_parameter_reads_its_last_value_and_names_the_others():
    cfg, problems = decode_query({"label": ["One", "Two"], "type": ["primary"]})
    assert cfg == ButtonConfig(label="Two", type="primary")
    assert problems == [
        "`label` was given 2 times; the last, 'Two', is read and 'One' is ignored."
    ]


def test_a_parameter_given_once_as_a_list_is_read_without_a_word():
    """The twin: one value, in a list or alone, is no repeat."""
    assert decode_query({"label": ["Two"]}) == (ButtonConfig(label="Two"), [])
    assert decode_query({"label": "Two"}) == (ButtonConfig(label="Two"), [])


def test_a_repeat_whose_last_value_is_bad_is_named_then_refused():
    cfg, problems = decode_query({"type": ["primary", "huge"]})
    assert cfg == ButtonConfig()
    assert problems[0].startswith("`type` was given 2 times; the last, 'huge'")
    assert "'huge'; it must be one of" in problems[1]


def test_an_unknown_repeated_parameter_is_named_once_as_unknown():
    assert decode_query({"nonsense": ["1", "2"]})[1] == [
        "`nonsense` is not a setting of the playground."
    ]


def test_a_parameter_repeated_many_times_lists_ten_of_the_ignored_values():
    values = [str(number) for number in range(1, 501)]
    problem = decode_query({"label": values})[1][0]
    assert problem.startswith("`label` was given 500 times; the last, '500'")
    assert "'10', …and 489 more are ignored." in problem
