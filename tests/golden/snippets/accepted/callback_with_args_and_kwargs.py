import streamlit as st


def save(row, *, limit):
    st.session_state.saved = (row, limit)


st.button("Save", on_click=save, args=[3, "draft"], kwargs={"limit": 500})
