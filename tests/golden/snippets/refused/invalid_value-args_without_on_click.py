st.button("Save", args=(1,))
