st.button(key="save")
