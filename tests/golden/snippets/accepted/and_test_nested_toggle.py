if ready and (st.session_state.enabled and st.button("Show more")):
    st.session_state.more = not st.session_state.more
