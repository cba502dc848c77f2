import streamlit as st

st.form_submit_button("Send")
