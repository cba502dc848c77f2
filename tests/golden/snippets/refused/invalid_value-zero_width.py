st.button("Tiny", width=0)
