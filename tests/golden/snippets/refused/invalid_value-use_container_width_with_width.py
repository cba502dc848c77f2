st.button("Wide", width="content", use_container_width=True)
