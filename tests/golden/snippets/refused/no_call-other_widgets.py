import streamlit as st

st.file_uploader("Data")
st.checkbox("Agree")
button("Not a method call")
