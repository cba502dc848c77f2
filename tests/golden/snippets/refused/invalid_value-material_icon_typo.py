st.button("Like", icon=":material/thumbs_up:")
