st.button("Off", disabled="yes")
