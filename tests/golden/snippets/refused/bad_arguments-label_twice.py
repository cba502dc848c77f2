st.button("Save", label="Store")
