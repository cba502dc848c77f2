st.button("Clean", on_click=clean, args=(__import__("os").remove("x"),))
