"""Benchmarks of issue #13: `python -m bench` (see bench/README.md)."""
