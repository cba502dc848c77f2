import streamlit as st

st.button("Click me")
