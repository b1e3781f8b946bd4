"""The store's schema and its migrations, one module per backend: :mod:`~netquiz.store.migrations.sqlite`
and :mod:`~netquiz.store.migrations.postgres`."""
