"""Run Prism (an independent OpenAPI mock, pinned in package.json) on a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
READY_LINE = "Prism is listening"
STARTUP_TIMEOUT_SECONDS = 60.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """`prism mock openapi.yaml` as a context manager; `url` is where it listens."""

    def __init__(self, spec: Path) -> None:
        if not PRISM.exists():
            raise RuntimeError(f"{PRISM} is missing: run 'make node' (npm ci) first")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._command = [
            str(PRISM),
            "mock",
            str(spec),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        self._ready = threading.Event()
        self.log: list[str] = []

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self.log.append(line.rstrip())
            if READY_LINE in line:
                self._ready.set()

    def __enter__(self) -> PrismServer:
        self._process = subprocess.Popen(  # noqa: S603 - a fixed command of our own
            self._command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        threading.Thread(target=self._read, args=(self._process,), daemon=True).start()
        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        while not self._ready.wait(0.1):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError("Prism did not start:\n" + "\n".join(self.log[-20:]))
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
