st.button(*arguments)
