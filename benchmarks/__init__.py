"""The playground's benchmark against a bare Streamlit app (issues 6 and 14).

``python -m benchmarks`` runs it; see ``run.py`` for the phases, ``report.py``
for the statistics, targets, message counts and budget, ``plot.py`` for the
figure; ``costs.py`` (``--costs``) for what extra elements add to the bare app.
"""
