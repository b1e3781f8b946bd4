"""Item analysis: :mod:`~netquiz.analysis.stats` (pure pandas) and :mod:`~netquiz.analysis.tables` (from the
store to the dashboard's and the report's tables)."""
