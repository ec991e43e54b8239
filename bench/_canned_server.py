"""A minimal HTTP server with canned Sinch answers, for per-call client benchmarks.

It does no validation and no signature check, so what a benchmark measures is the client's
own cost. Run as `python -m bench._canned_server PORT`.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import uvicorn

NUMBERS = json.dumps(
    {
        "numbers": [
            {"number": f"+1415555{i:04d}", "capability": "voice", "applicationkey": "app"}
            for i in range(10)
        ]
    }
).encode()
QUERY = json.dumps(
    {
        "number": {
            "countryId": "SE",
            "numberType": "Mobile",
            "normalizedNumber": "+46730170101",
            "restricted": False,
            "rate": {"currencyId": "USD", "amount": 0.0368},
        }
    }
).encode()
CALL = json.dumps(
    {
        "from": {"type": "number", "endpoint": "+14151112223333"},
        "to": {"type": "number", "endpoint": "+46730170101"},
        "domain": "pstn",
        "callId": "4398599d1ba84ef3bde0a82dfb61abed",
        "duration": 14,
        "status": "FINAL",
        "result": "ANSWERED",
        "reason": "CALLERHANGUP",
        "timestamp": "2024-01-08T09:48:12",
        "custom": "customer-42",
        "userRate": {"currencyId": "USD", "amount": 0.0883},
        "debit": {"currencyId": "USD", "amount": 0.0883},
    }
).encode()
CALLOUT = json.dumps({"callId": "adf92089-df2a-4f14-a377-1e975f588fe4"}).encode()
JSON_HEADERS = [(b"content-type", b"application/json")]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):  # drain the request body
        pass
    path, method = scope["path"], scope["method"]
    if path == "/v1/configuration/numbers" and method == "GET":
        status, body, headers = 200, NUMBERS, JSON_HEADERS
    elif path.startswith("/v1/calling/query/number/"):
        status, body, headers = 200, QUERY, JSON_HEADERS
    elif path.startswith("/calling/v1/calls/id/") and method == "GET":
        status, body, headers = 200, CALL, JSON_HEADERS
    elif path == "/calling/v1/callouts":
        status, body, headers = 200, CALLOUT, JSON_HEADERS
    else:
        status, body, headers = 204, b"", []
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


if __name__ == "__main__":
    config = uvicorn.Config(
        app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    server.run()
