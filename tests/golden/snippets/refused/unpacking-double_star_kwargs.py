st.button("Save", **options)
