import streamlit as st

left, right = st.columns(2)
with left:
    if right.button('Next', key='next', icon='➡️', icon_position='right'):
        st.session_state.page += 1
