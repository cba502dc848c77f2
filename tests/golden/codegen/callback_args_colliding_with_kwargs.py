import streamlit as st

st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("last_call", None)


def handle_click(arg1_, arg2, arg1):
    st.session_state.clicks += 1
    st.session_state.last_call = {"arg1_": arg1_, "arg2": arg2, "arg1": arg1}


st.button("Click me", on_click=handle_click, args=(1, "a"), kwargs={"arg1": True})

st.write("Callback runs:", st.session_state.clicks)
st.write("Last call:", st.session_state.last_call)
