st.button("Copy", shortcut="C")
