st.button("Save", on_click=lambda: save())
