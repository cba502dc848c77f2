st.button("Narrow", use_container_width=False)
