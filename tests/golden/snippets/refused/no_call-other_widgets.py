import streamlit as st

st.download_button("Download", data="x")
st.checkbox("Agree")
button("Not a method call")
