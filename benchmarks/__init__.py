"""Benchmarks and measurement harnesses; each runs our code and its reference side by side."""
