import streamlit as st

with st.form("signup"):
    email = st.text_input("Email")
    st.button("Sign up")
