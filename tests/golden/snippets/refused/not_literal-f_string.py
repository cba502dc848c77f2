name = "Ada"
st.button(f"Greet {name}")
