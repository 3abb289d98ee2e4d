"""Django's Redis cache, with one Redis client object per connection pool instead of one per call.

Django's RedisCacheClient builds a new `redis.Redis` client for every get, set or get_many; on a page that asks the
cache twenty times (a thumbnail per product card, renditions, settings) that construction cost more than the look-ups
themselves (issue #8, measured with cProfile). A redis-py client is safe to share: it takes a connection from its
pool for each command.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
