"""Load on the mock: 50 concurrent signed clients, mixed operations, for 30 seconds.

Each client is its own application (one project) with four numbers of its own, and runs a
random mix of the six operations on them as fast as answers come. Every write the mock
acknowledges is recorded; at the end the mock's state is read back and compared, so a write the
mock acknowledged but did not keep shows as a lost write. Prints requests per second, latency
percentiles per operation, and the lost-write count. `LOAD_SECONDS` and `LOAD_CLIENTS` change
the run. Run it with `make bench`.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import random
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass, field

from bench._mock_process import mock_process
from sinch_voice.models import Capability
from sinch_voice_toolkit import AsyncVoiceClient, NotFoundError, SinchError

CLIENTS = int(os.environ.get("LOAD_CLIENTS", "50"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "30"))
NUMBERS_EACH = 4
CAPABILITIES: tuple[Capability, ...] = ("voice", "sms")
# operation -> weight in the mix
MIX = {
    "get_numbers": 10,
    "update_numbers": 20,
    "unassign_number": 20,
    "get_callback_urls": 15,
    "update_callback_urls": 15,
    "query_number": 20,
}


@dataclass
class Client:
    """One simulated user: its application, its numbers, and what the mock told it."""

    key: str
    secret: str
    numbers: list[str]
    assigned: set[tuple[str, str]] = field(default_factory=set)  # acknowledged (number, cap)
    callbacks: dict[str, str] = field(default_factory=dict)  # acknowledged URLs
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)


def world(clients: list[Client]) -> dict[str, object]:
    return {
        "applications": [{"key": c.key, "secret": c.secret} for c in clients],
        "numbers": [
            {"number": n, "capabilities": list(CAPABILITIES)} for c in clients for n in c.numbers
        ],
    }


async def one_client(url: str, client: Client, stop_at: float, rng: random.Random) -> None:
    operations, weights = list(MIX), list(MIX.values())
    async with AsyncVoiceClient(client.key, client.secret, base_url=url) as voice:
        while time.monotonic() < stop_at:
            operation = rng.choices(operations, weights)[0]
            started = time.perf_counter()
            try:
                await run(voice, client, operation, rng)
            except SinchError as error:
                client.errors.append(f"{operation}: {error}")
            client.latencies[operation].append(time.perf_counter() - started)


async def run(voice: AsyncVoiceClient, client: Client, operation: str, rng: random.Random) -> None:
    if operation == "get_numbers":
        await voice.applications.get_numbers()
    elif operation == "update_numbers":
        numbers = rng.sample(client.numbers, rng.randint(1, len(client.numbers)))
        capability = rng.choice(CAPABILITIES)
        await voice.applications.assign_numbers(numbers, capability=capability)
        client.assigned.update((n, capability) for n in numbers)
    elif operation == "unassign_number":
        number, capability = rng.choice(client.numbers), rng.choice(CAPABILITIES)
        with contextlib.suppress(NotFoundError):  # not assigned: nothing to release
            await voice.applications.unassign_number(number, capability=capability)
        client.assigned.discard((number, capability))
    elif operation == "get_callback_urls":
        await voice.applications.get_callback_urls()
    elif operation == "update_callback_urls":
        which = rng.choice(("primary", "fallback"))
        url = f"https://{client.key}.example.com/{which}/{rng.randrange(10**9)}"
        await voice.applications.update_callback_urls(**{which: url})
        client.callbacks[which] = url
    else:
        await voice.applications.query_number(rng.choice(client.numbers))


async def lost_writes(url: str, clients: list[Client]) -> int:
    """Writes acknowledged but not in the mock's final state (or in it but never made)."""
    first = clients[0]
    async with AsyncVoiceClient(first.key, first.secret, base_url=url) as voice:
        held = {
            (owned.number, str(owned.capability), str(owned.applicationkey))
            for owned in await voice.applications.get_numbers()
            if owned.applicationkey
        }
        expected = {(n, cap, c.key) for c in clients for n, cap in c.assigned}
        lost = len(held ^ expected)
        for c in clients:
            stored = await voice.applications.get_callback_urls(c.key)
            for which, acknowledged in c.callbacks.items():
                lost += getattr(stored, which) != acknowledged
    return lost


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    clients = [
        Client(
            key=f"load-{i:02d}",
            secret=base64.b64encode(f"load secret {i}".encode()).decode(),
            numbers=[f"+4673{i:03d}{j:04d}" for j in range(NUMBERS_EACH)],
        )
        for i in range(CLIENTS)
    ]
    print(
        f"load: {CLIENTS} signed clients, mixed operations, {SECONDS:.0f} s, {os.cpu_count()} cores"
    )
    with mock_process(state=world(clients)) as mock:
        url = mock.url
        mock_cpu, client_cpu = mock.cpu_seconds(), time.process_time()
        stop_at = time.monotonic() + SECONDS

        async def everyone() -> float:
            started = time.perf_counter()
            await asyncio.gather(
                *(one_client(url, c, stop_at, random.Random(i)) for i, c in enumerate(clients))  # noqa: S311
            )
            return time.perf_counter() - started

        elapsed = asyncio.run(everyone())
        client_cpu = time.process_time() - client_cpu
        mock_cpu = mock.cpu_seconds() - mock_cpu
        lost = asyncio.run(lost_writes(url, clients))

    by_operation: dict[str, list[float]] = defaultdict(list)
    for c in clients:
        for operation, values in c.latencies.items():
            by_operation[operation].extend(values)
    everything = [v for values in by_operation.values() for v in values]
    print(f"{'operation':<22}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for operation in MIX:
        values = by_operation[operation]
        print(
            f"{operation:<22}{len(values):>9}"
            f"{percentile(values, 0.5) * 1000:>9.1f}{percentile(values, 0.99) * 1000:>9.1f}"
        )
    print(
        f"{'all':<22}{len(everything):>9}"
        f"{statistics.median(everything) * 1000:>9.1f}{percentile(everything, 0.99) * 1000:>9.1f}"
    )
    errors = [e for c in clients for e in c.errors]
    print(f"throughput: {len(everything) / elapsed:.0f} req/s; errors: {len(errors)}")
    print(
        f"CPU per request: clients {client_cpu / len(everything) * 1000:.2f} ms,"
        f" mock {mock_cpu / len(everything) * 1000:.2f} ms"
    )
    for error in errors[:5]:
        print(f"  {error}")
    print(f"lost writes: {lost}")
    if lost or errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
