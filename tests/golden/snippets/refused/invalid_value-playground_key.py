st.button("Mine", key="ctl_label")
