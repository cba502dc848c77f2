st.button("Wide", use_container_width="yes")
