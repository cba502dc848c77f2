import streamlit as st

st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("last_call", None)


def handle_click(limit):
    st.session_state.clicks += 1
    st.session_state.last_call = {"limit": limit}


st.button(
    "Refresh data",
    type="primary",
    icon=":material/refresh:",
    width="stretch",
    on_click=handle_click,
    kwargs={"limit": 500},
)

st.write("Callback runs:", st.session_state.clicks)
st.write("Last call:", st.session_state.last_call)
