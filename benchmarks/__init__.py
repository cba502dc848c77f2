"""The playground's benchmark against a bare Streamlit app (issue 6).

``python -m benchmarks`` runs it; see ``run.py`` for the phases, ``report.py``
for the statistics and targets, ``plot.py`` for the figure.
"""
