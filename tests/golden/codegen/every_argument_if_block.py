import streamlit as st

if st.button(
    "Say **hello**",
    key="hello",
    help="Greets you",
    type="tertiary",
    icon="👋",
    icon_position="right",
    disabled=True,
    width=240,
    shortcut="Ctrl+K",
    wrap=False,
):
    st.success("Clicked! The button returned True on this rerun only.")
