st.button(LABEL)
