st.button("héllo wörld", key="k"))
