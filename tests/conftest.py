"""Shared fixtures: a real Redis server for the whole test session."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
import redis


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url():
    """``REDIS_URL`` if set; otherwise a private redis-server on a free loopback port, with
    no persistence, in a temporary directory, stopped when the session ends."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server not found: run the tests with `make test`, which installs it, or set REDIS_URL")
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="redis-test-") as workdir:
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", workdir, "--daemonize", "no", "--loglevel", "warning"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        url = f"redis://127.0.0.1:{port}/0"
        client = redis.Redis.from_url(url)
        try:
            for _ in range(200):
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    if process.poll() is not None:
                        output = process.stdout.read().decode(errors="replace")
                        pytest.fail(f"redis-server exited at start: {output}")
                    time.sleep(0.025)
            else:
                pytest.fail("redis-server did not answer PING within 5 s")
            yield url
        finally:
            client.close()
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


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
