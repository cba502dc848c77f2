import streamlit as st

st.session_state.setdefault("open", False)
if st.button("Details"):
    st.session_state["open"] = not st.session_state["open"]
if st.session_state["open"]:
    st.write("Here they are.")
