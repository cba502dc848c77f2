"""Fuzz: hostile share links, as query parameters.

Core: ``decode_query`` takes any names and values, keeps what is valid and
drops the rest with a short sentence naming each parameter; what it keeps
comes back from its own link exactly. AppTest: a session opened through such
a link shows that config everywhere (controls, preview, code, address bar)
and lists what was dropped in one notice.
"""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.runtime.state.query_params import sanitize_query_string
from streamlit.testing.v1 import AppTest

from components.core.config import ButtonConfig, kind_fields
from components.core.kinds import KINDS
from components.core.links import (
    decode_query,
    encode_query,
)
from components.core.text import listed, quoted_name
from tests.fuzz.checks import (
    assert_no_exception,
    assert_short,
    assert_shows,
    new_session,
)
from tests.support.apptest import only, shown_config
from tests.support.apptest import shown as message_text
from tests.support.strategies import (
    EVERY_FIELD_NAME,
    LITERAL_TEXTS,
    NUMBER_TEXTS,
    URL_TEXTS,
    hostile_texts,
    playground_configs,
)

FUZZ = settings(settings.get_profile("fuzz"))

# Streamlit keeps these for itself: st.query_params never shows them to the app.
STREAMLIT_PARAMETERS = {"embed", "embed_options"}


def queries(*, surrogates: bool) -> st.SearchStrategy[dict[str, str]]:
    """A valid link's parameters with hostile ones over and beside them."""
    names = st.one_of(
        st.sampled_from(EVERY_FIELD_NAME),
        hostile_texts(surrogates=surrogates).filter(
            lambda name: name and len(name) <= 200 and name not in STREAMLIT_PARAMETERS
        ),
    )
    values = st.one_of(
        hostile_texts(surrogates=surrogates),
        st.sampled_from(NUMBER_TEXTS),
        st.sampled_from(LITERAL_TEXTS),
        st.sampled_from(("true", "false", "True", "stretch", "pixels", "callback")),
        st.sampled_from(URL_TEXTS),
        st.sampled_from(("link_button", "download_button", "ignore")),
    )
    hostile = st.dictionaries(names, values, max_size=5)
    valid = playground_configs.map(encode_query)
    return st.tuples(valid, hostile).map(lambda pair: pair[0] | pair[1])


def named(problem: str, query: dict[str, str]) -> bool:
    """Whether ``problem`` names one of the query's parameters, as a message quotes
    it: as code, cut at 40 characters, a lone surrogate and a control character
    written as their escapes (``text.quoted_name``)."""
    return any(quoted_name(name) in problem for name in query)


@FUZZ
@given(queries(surrogates=True))
def test_any_link_keeps_what_is_valid_and_names_each_thing_dropped(query):
    cfg, problems = decode_query(query)
    for problem in problems:
        assert_short(problem)
        assert named(problem, query), (problem, list(query))
    assert decode_query(encode_query(cfg)) == (cfg, [])
    unknown = [name for name in query if name not in kind_fields(KINDS[cfg.kind])]
    assert len(problems) >= len(unknown)


def test_the_link_check_sees_an_unnamed_problem():
    """The twin: ``named`` fails a sentence that names no parameter of the link."""
    assert named("`colour` is not a setting of the playground.", {"colour": "red"})
    assert not named("Something was dropped.", {"colour": "red"})


# --- AppTest: a new session through each link ---------------------------------


def link_notice(at: AppTest) -> str | None:
    try:
        notice = at.get_by_key("link_notice")
    except KeyError:
        return None
    return message_text(only(notice.warning))


def what_the_app_sees(query: dict[str, str]) -> dict[str, str]:
    """The link's parameters as they reach the app: Streamlit drops a whole query
    of over 512 Ki characters or 1,000 parameters (with a line in the server's
    log, nothing the app could show)."""
    return query if sanitize_query_string(urlencode(query)) else {}


def assert_opens(at: AppTest, query: dict[str, str]) -> None:
    """The link's valid part is shown everywhere; what it dropped is listed once."""
    seen = what_the_app_sees(query)
    cfg, problems = decode_query(seen)
    assert_no_exception(at)
    assert shown_config(at) == cfg
    assert_shows(at, cfg, in_url=seen == query)
    notice = link_notice(at)
    if not problems:
        assert notice is None
        return
    assert_short(notice)
    for line in listed(problems):
        assert line in notice


@FUZZ
@given(queries(surrogates=False))
def test_a_session_opened_by_any_link_shows_its_valid_part_and_lists_the_rest(query):
    # A browser sends the URL as UTF-8: no lone surrogates (AppTest can't either).
    assert_opens(new_session(query), query)


def test_the_session_check_sees_a_link_applied_and_a_link_refused():
    """The twin: the check holds for a clean link and for one with a bad parameter."""
    good = encode_query(ButtonConfig(label="Linked", type="primary"))
    assert_opens(new_session(good), good)
    bad = good | {"colour": "red"}
    at = new_session(bad)
    assert_opens(at, bad)
    assert "`colour`" in link_notice(at)
