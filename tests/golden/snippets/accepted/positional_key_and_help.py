st.button("Save", "save", "Saves the draft")
