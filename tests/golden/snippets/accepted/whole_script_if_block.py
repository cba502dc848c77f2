import streamlit as st

st.title("Greeter")

if st.button("Say hello", type="primary"):
    st.write("Hello, Streamlit!")
