título = "ñandú"; st.button(título)
