import streamlit

streamlit.button("Refresh", icon=":material/refresh:")
