if st.button("Flip"):
    st.session_state.on = not st.session_state.on
    st.rerun()
