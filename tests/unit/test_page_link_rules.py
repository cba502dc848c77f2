"""A page link's own rules (``core/kind_rules``): where it may go, the query it
may add, and its label; each refusal names the argument."""

from __future__ import annotations

import pytest

from components.core.kind_rules import is_web_page, link_label, page, query_parameters


@pytest.mark.parametrize(
    "target", ["https://streamlit.io", "http://localhost:8501/x", "pages/settings.py"]
)
def test_a_web_address_or_a_file_of_the_pages_folder_is_a_page(target):
    assert page(target) is None


@pytest.mark.parametrize(
    "target",
    [
        "",
        "settings.py",
        "pages/sub/x.py",
        "./pages/a.py",
        "../secrets.py",
        "pages/.hidden.py",
        "pages\\a.py",
        "pages/a.txt",
        "javascript:alert(1)",
        "mailto:a@b.co",
        "https://",
    ],
)
def test_anything_else_is_refused_naming_page(target):
    assert "`page`" in page(target)


def test_a_scheme_makes_a_web_address_and_a_path_a_file():
    assert is_web_page("https://streamlit.io") and is_web_page("javascript:x")
    assert not is_web_page("pages/settings.py")


@pytest.mark.parametrize("query", [None, {}, {"tab": "billing"}, {"ids": ["1", "2"]}])
def test_a_dict_of_texts_or_lists_of_texts_is_a_query(query):
    assert query_parameters(query) is None


@pytest.mark.parametrize(
    "query",
    [
        {"embed": "true"},
        {"EMBED_options": "dark_theme"},
        {"n": 1},
        {"": "x"},
        {1: "x"},
        ["tab", "x"],
        "tab=x",
    ],
)
def test_streamlits_own_parameters_and_other_values_are_refused_naming_it(query):
    assert "`query_params`" in query_parameters(query)


def test_a_link_label_is_text_with_something_in_it():
    assert link_label("Settings") is None
    assert "`label` is empty" in link_label("  ")
    assert "`label`" in link_label(None)
