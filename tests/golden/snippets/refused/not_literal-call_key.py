st.button("Row", key=str(3))
