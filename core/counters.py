"""Counters every worker and app server shares: rate limits (django-ratelimit).

Redis holds them when ``REDIS_URL`` is set; otherwise the cache alias ``counters`` is a table in
the database (``CounterDatabaseCache``), created by ``migrate`` itself (``counters_table_create``
runs ``createcachetable`` after every migrate), so a fresh machine needs no extra step.
"""

from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.db import connections, router, transaction


class CounterDatabaseCache(DatabaseCache):
    """Django's database cache with an atomic ``incr``.

    The stock ``incr`` reads and then writes: two workers counting at once would lose one.
    Here the read and the write share a transaction that holds the row (``SELECT … FOR UPDATE``
    on PostgreSQL; SQLite's ``IMMEDIATE`` transactions take the write lock up front)."""

    def incr(self, key, delta=1, version=None):
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                table = connection.ops.quote_name(self._table)
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT 1 FROM {table} WHERE cache_key = %s FOR UPDATE",  # noqa: S608 - a quoted table name
                        [self.make_and_validate_key(key, version=version)],
                    )
            return super().incr(key, delta, version)


def counters_table_create(sender, using, verbosity=1, **kwargs):
    """post_migrate: create the tables of the database caches in ``CACHES``, if missing.

    ``createcachetable`` does nothing for a table that exists or for Redis and local-memory
    caches, so running it after each app's migrations costs one table listing."""
    call_command("createcachetable", database=using, verbosity=max(0, verbosity - 1))
