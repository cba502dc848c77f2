clicked = st.button("Go")
if clicked:
    st.success("Went")
