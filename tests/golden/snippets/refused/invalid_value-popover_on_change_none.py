import streamlit as st

st.popover("Open popover", on_change=None)
