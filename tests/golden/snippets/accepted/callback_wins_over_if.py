if st.button("Save", on_click=save):
    st.rerun()
