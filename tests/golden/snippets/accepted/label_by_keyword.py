st.button(key="save", label="Save")
