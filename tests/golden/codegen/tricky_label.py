st.button('It\'s "quoted"\nand \\ """')
