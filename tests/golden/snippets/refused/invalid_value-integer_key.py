st.button("Row", key=3)
