st.button("Delete", type="danger")
