import streamlit as st

st.button("Loading", icon="spinner", width=120, wrap=True)
