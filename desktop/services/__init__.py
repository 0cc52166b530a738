"""services: plain Python, no Qt.

The signature vault is ``campaign`` (the public API and its errors) over ``storage`` (the SQLite
file), ``sealing`` (keys, seals, hash chains, readable codes), ``merge``, ``csv_io`` and
``passphrase`` (the strength hint).
"""
