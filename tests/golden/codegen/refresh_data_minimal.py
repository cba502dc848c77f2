st.button("Refresh data", type="primary", icon=":material/refresh:", width="stretch")
