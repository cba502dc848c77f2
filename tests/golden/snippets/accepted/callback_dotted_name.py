import handlers
import streamlit as st

st.button("Save", on_click=handlers.save)
