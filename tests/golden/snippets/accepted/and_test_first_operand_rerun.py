if st.button("Next step", key="next") and st.session_state.step < 3:
    st.session_state.step += 1
    st.rerun()
