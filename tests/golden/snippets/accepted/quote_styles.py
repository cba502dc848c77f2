st.button('It\'s "quoted"', help="""Three
lines
here""", key=r"raw\key", icon='''🔥''', shortcut="Ctrl" "+K")
