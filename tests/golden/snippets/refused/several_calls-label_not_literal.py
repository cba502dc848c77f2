st.button("Save")
st.button(LABEL)
