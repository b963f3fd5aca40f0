"""The Redis fixture gives a real server: a stream round-trips through it."""


def test_stream_round_trip(redis_client):
    first = redis_client.xadd("samples", {"id": "a1", "text": "hello"})
    redis_client.xadd("samples", {"id": "a2", "text": "world"})
    entries = redis_client.xrange("samples")
    assert [fields["id"] for _, fields in entries] == ["a1", "a2"]
    assert entries[0][0] == first

    redis_client.xgroup_create("samples", "workers", id="0")
    read = redis_client.xreadgroup("workers", "w1", {"samples": ">"}, count=10)
    [(stream, delivered)] = read
    assert stream == "samples" and [f["text"] for _, f in delivered] == ["hello", "world"]
    assert redis_client.xack("samples", "workers", *(entry_id for entry_id, _ in delivered)) == 2
    assert redis_client.xpending("samples", "workers")["pending"] == 0
