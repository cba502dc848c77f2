import streamlit as st

left, right = st.columns(2)
left.button("Back")
if right.button(label="Next"):
    st.write("next")
