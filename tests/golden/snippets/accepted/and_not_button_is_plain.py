# The body runs on every rerun but the click's.
if uploaded_file is not None and not st.button("Stop"):
    st.write("Working…")
