"""Benchmarks of PrintDesk (not part of the test suite; see bench/README.md)."""
