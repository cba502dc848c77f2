import pandas as pd
import streamlit as st

uploaded_file = st.file_uploader("Upload a CSV", type=["csv"])

if uploaded_file is not None and st.button("Analyze file", type="primary"):
    df = pd.read_csv(uploaded_file)
    st.dataframe(df.head())
