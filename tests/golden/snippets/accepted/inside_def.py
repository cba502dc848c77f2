import streamlit as st


def toolbar():
    with st.container(horizontal=True):
        if st.button("Delete", help="Removes the row", disabled=True):
            st.warning("Deleted")


toolbar()
