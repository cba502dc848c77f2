st.button("Save", value=True)
