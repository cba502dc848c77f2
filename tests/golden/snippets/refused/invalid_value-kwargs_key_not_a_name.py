st.button("Save", on_click=save, kwargs={"not a name": 1})
