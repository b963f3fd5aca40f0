"""Shared fixtures: a real Redis server for the whole test session."""

from __future__ import annotations

import os

import pytest
import redis

from evaluators.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_url():
    """``REDIS_URL`` if set; otherwise a private redis-server on a free loopback port, with
    no persistence, in a temporary directory, stopped when the session ends."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    try:
        server = RedisServer()
    except RuntimeError as exc:
        pytest.fail(f"{exc}; `make test` installs it")
    with server as url:
        yield url


@pytest.fixture
def redis_client(redis_url):
    """A client on the session's server, with an empty database for each test."""
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    client.flushdb()
    yield client
    client.close()


@pytest.fixture
def broken_recognizer():
    """A Presidio recognizer that raises, to show a check error never fails a request."""
    from presidio_analyzer import EntityRecognizer

    class Broken(EntityRecognizer):
        def __init__(self):
            super().__init__(supported_entities=["BROKEN"], name="Broken")

        def load(self):
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            raise RuntimeError("recognizer bug")

    return Broken()
