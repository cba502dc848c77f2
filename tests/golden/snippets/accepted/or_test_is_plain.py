# The body also runs without a click whenever auto_refresh is on.
if auto_refresh or st.button("Refresh data"):
    st.cache_data.clear()
