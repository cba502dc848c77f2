print "hello"
st.button("Go")
