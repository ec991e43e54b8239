"""A server that only waits: every request is answered 204 after a fixed delay.

It measures nothing of its own (no parsing of bodies, no checks), so a client's bulk run
against it shows the client's cost. Run as `python -m bench._trivial_server SECONDS`; it prints
its base URL on the first line.
"""

from __future__ import annotations

import asyncio
import socket
import sys
from typing import Any

import uvicorn

DELAY = float(sys.argv[1]) if len(sys.argv) > 1 else 0.05


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):  # drain the request body
        pass
    await asyncio.sleep(DELAY)
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})


if __name__ == "__main__":
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP_NODELAY
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
