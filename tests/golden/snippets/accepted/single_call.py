st.button("Click me")
