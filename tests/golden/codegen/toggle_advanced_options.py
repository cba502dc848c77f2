import streamlit as st

st.session_state.setdefault("show_more", False)

if st.button("Toggle advanced options"):
    st.session_state.show_more = not st.session_state.show_more

if st.session_state.show_more:
    st.info("More content: it stays until the next click hides it.")
