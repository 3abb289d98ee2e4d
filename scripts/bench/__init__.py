"""Page benchmark (issue #8): `make bench` or `.venv/bin/python -m scripts.bench --help`."""
