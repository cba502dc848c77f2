st.button("Save", tpye="primary")
