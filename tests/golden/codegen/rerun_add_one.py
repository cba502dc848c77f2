import streamlit as st

st.session_state.setdefault("clicks", 0)

st.write("Clicks so far (drawn above the button):", st.session_state.clicks)

if st.button("Add one"):
    st.session_state.clicks += 1
    st.rerun()
