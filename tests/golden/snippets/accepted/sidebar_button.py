import streamlit as st

with st.sidebar:
    st.header("Actions")
st.sidebar.button("Log out", type="tertiary", width="stretch")
