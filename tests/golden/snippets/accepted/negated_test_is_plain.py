if not st.button("Wait"):
    st.stop()
