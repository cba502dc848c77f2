título = "ñandú"; st.button("Café ☕", key="café")
