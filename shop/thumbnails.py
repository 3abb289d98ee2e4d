"""sorl-thumbnail's key-value store (Oscar's product thumbnails), remembered by each worker (issue #8).

sorl keeps, for each thumbnail, a small record (its name and size) in the database with the cache in front: every
product card asked the cache over the network for it, a round trip per card. A thumbnail's record never changes
once written: a new picture has a new file name and so a new key, and a record is only ever deleted with its
picture. Each worker therefore keeps the records it has read (at most MAX_REMEMBERED, then it starts afresh);
writes and deletions go through to the cache and the database as before and update this worker's memory.
"""

from sorl.thumbnail.kvstores.cached_db_kvstore import KVStore as CachedDBKVStore

MAX_REMEMBERED = 20_000

_remembered = {}


class KVStore(CachedDBKVStore):
    def _get_raw(self, key):
        value = _remembered.get(key)
        if value is None:
            value = super()._get_raw(key)
            if value is not None:
                if len(_remembered) >= MAX_REMEMBERED:
                    _remembered.clear()
                _remembered[key] = value
        return value

    def _set_raw(self, key, value):
        super()._set_raw(key, value)
        _remembered[key] = value

    def _delete_raw(self, *keys):
        super()._delete_raw(*keys)
        for key in keys:
            _remembered.pop(key, None)

    def clear(self, delete_thumbnails=False):
        super().clear(delete_thumbnails)
        _remembered.clear()
