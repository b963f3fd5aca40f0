"""The async lane on a local three-node Redis Cluster: the same code, hash-tagged keys."""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
import redis

from evaluators.checks import Length
from evaluators.keys import Keys
from evaluators.queue import Producer
from evaluators.worker import Worker, status


def _ports(n: int) -> list[int]:
    ports = []
    while len(ports) < n:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port < 55535 and port not in ports:  # the cluster bus listens on port + 10000
            ports.append(port)
    return ports


@pytest.fixture(scope="module")
def cluster_url():
    ports = _ports(3)
    workdir = tempfile.mkdtemp(prefix="redis-cluster-")
    nodes = [
        subprocess.Popen(
            [shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
             "--cluster-config-file", f"{workdir}/nodes-{port}.conf", "--save", "", "--appendonly", "no",
             "--dir", workdir, "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        for port in ports:
            client = redis.Redis(port=port)
            for _ in range(200):
                try:
                    client.ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.025)
        subprocess.run([shutil.which("redis-cli"), "--cluster", "create", *[f"127.0.0.1:{p}" for p in ports],
                        "--cluster-replicas", "0", "--cluster-yes"], check=True, capture_output=True, timeout=60)
        for _ in range(200):
            if b"cluster_state:ok" in redis.Redis(port=ports[0]).execute_command("CLUSTER INFO"):
                break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{ports[0]}/0?cluster=1"
    finally:
        for node in nodes:
            node.terminate()
            node.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


def test_producer_worker_and_status_on_a_cluster(cluster_url):
    producer = Producer(cluster_url, default_rate=1.0)
    for i in range(60):
        producer.enqueue({"id": f"c{i}", "variant": "candidate", "prompt": "q", "response": "" if i % 6 == 0 else "a"})
    producer.close()
    assert producer.sent == 60 and producer.dropped == 0
    client = redis.RedisCluster.from_url(cluster_url.split("?")[0], decode_responses=True)

    async def work():
        stop = asyncio.Event()
        task = asyncio.create_task(Worker(cluster_url, [Length()], claim_idle_ms=2000).run(stop))
        deadline = time.monotonic() + 30
        while int(client.hget(Keys().stats, "processed") or 0) < 60 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        stop.set()
        await task

    asyncio.run(work())
    report = asyncio.run(status(cluster_url))
    assert report["processed"] == 60 and report["pending"] == 0
    assert report["evaluators"]["length"]["fail"] == 10
    slots = {client.keyslot(key) for key in (Keys().stream, Keys().dlq, Keys().stats, Keys().result("c1"))}
    assert len(slots) == 1  # one hash tag, one slot
