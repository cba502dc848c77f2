"""Fuzz: rows of buttons, made of any buttons the playground takes, and hostile
rows in share links.

Any row comes back exactly from its own code (pasted), its link and its
preset file. Any text in a link's ``row`` parameter is read, never run: it
gives a row, or none and a short sentence for each reason.
"""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from components.core.codegen import generate_code
from components.core.links import decode_row, encode_query
from components.core.presets import preset_toml, read_preset
from components.core.row import (
    ALIGNMENT_ARGUMENT,
    DEFAULT_ALIGNMENT,
    GAPS,
    HORIZONTAL_ALIGNMENTS,
    LAYOUTS,
    MAX_MEMBERS,
    MIN_MEMBERS,
    VERTICAL_ALIGNMENTS,
    Row,
)
from components.core.row_reader import read_row
from tests.fuzz.checks import assert_short
from tests.support.strategies import (
    EDGE_INTEGERS,
    EVERY_FIELD_NAME,
    hostile_texts,
    playground_configs,
)

FUZZ = settings(settings.get_profile("fuzz"))

rows = st.builds(
    Row,
    members=st.lists(playground_configs, min_size=MIN_MEMBERS, max_size=MAX_MEMBERS),
    layout=st.sampled_from(LAYOUTS),
    gap=st.sampled_from(GAPS),
    vertical_alignment=st.sampled_from(VERTICAL_ALIGNMENTS),
    horizontal_alignment=st.sampled_from(HORIZONTAL_ALIGNMENTS),
)

# What JSON can hold, hostile where it is text.
json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.sampled_from(EDGE_INTEGERS),
        st.floats(allow_nan=False),
        hostile_texts(surrogates=False),
    ),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
buttons = st.dictionaries(
    st.sampled_from(EVERY_FIELD_NAME) | hostile_texts(surrogates=False),
    json_values,
    max_size=6,
)
row_tables = st.fixed_dictionaries(
    {"buttons": st.lists(buttons, max_size=MAX_MEMBERS + 2)},
    optional={
        "layout": st.sampled_from(LAYOUTS) | json_values,
        "gap": st.sampled_from(GAPS) | json_values,
        "vertical_alignment": json_values,
        "horizontal_alignment": json_values,
        "colour": json_values,
    },
)


@FUZZ
@given(rows)
def test_any_row_comes_back_from_its_code_its_link_and_its_preset(row):
    # The code writes its own layout's alignment only: the other's is not in it.
    other = next(layout for layout in LAYOUTS if layout != row.layout)
    unwritten = {ALIGNMENT_ARGUMENT[other]: DEFAULT_ALIGNMENT[other]}
    assert read_row(generate_code(row)) == replace(row, **unwritten)
    assert decode_row(encode_query(row.members[0], row)) == (row, [])
    assert read_preset(preset_toml(row.members[0], "A row", row=row)).row == row


@FUZZ
@given(row_tables | json_values | hostile_texts(surrogates=False))
def test_any_rows_link_gives_a_row_or_none_and_short_reasons(table):
    text = table if isinstance(table, str) else json.dumps(table)
    row, problems = decode_row({"row": text})
    if row is None:
        assert problems, text[:200]
    for problem in problems:
        assert_short(problem)
    if row is not None:
        # What a link gives, its own link gives back.
        assert decode_row(encode_query(row.members[0], row))[0] == row
