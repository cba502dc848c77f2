if st.session_state.get("done"):
    st.write("Done")
elif st.button("Finish"):
    st.balloons()
