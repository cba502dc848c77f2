import streamlit as st

st.button("Save", key="save"
