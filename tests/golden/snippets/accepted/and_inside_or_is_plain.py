if forced or (ready and st.button("Run")):
    st.success("Ran")
