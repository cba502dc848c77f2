st.button("Save", "save", "Saves", None, (), {}, "primary")
