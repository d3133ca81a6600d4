"""postcheck's local web page and HTTP API: see :mod:`.server` (``create_app``)."""
