"""Settings split by purpose: base (shared), development, production, test.

`manage.py` defaults to development, `config.wsgi` to production; pytest uses test.
"""
