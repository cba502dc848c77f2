st.session_state.setdefault("clicks", 0)


def handle_click():
    st.session_state.clicks += 1


st.button("Click me", on_click=handle_click)

st.write("Callback runs:", st.session_state.clicks)
