st.button("Save" + " all")
