"""The async lane: sampled traffic on a Redis Stream, scored by workers off the request
path, with results and per-variant aggregates written back to Redis."""
