"""Time calls with the official Sinch Python SDK 1.1.4. Runs in its own virtualenv (see calls.py).

Usage: python _sdk_calls.py HOST:PORT OPERATION CALLS REPETITIONS -> prints a JSON list of
seconds, one per repetition of CALLS calls.
"""

import json
import sys
import time

from sinch import SinchClient  # type: ignore[import-not-found]  # in .bench/sdk-venv only

origin, operation, calls, repetitions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
client = SinchClient(application_key="bench-app", application_secret="YmVuY2gtc2VjcmV0")
client.configuration.voice_applications_origin = origin
client.configuration.disable_https = True
applications = client.voice.applications
call = {
    "get_numbers": applications.get_numbers,
    "query_number": lambda: applications.query_number("+46730170101"),
    "assign": lambda: applications.assign_numbers(numbers=["+14155550100"]),
}[operation]
for _ in range(min(calls, 50)):  # warm up
    call()
durations = []
for _ in range(repetitions):
    started = time.perf_counter()
    for _ in range(calls):
        call()
    durations.append(time.perf_counter() - started)
print(json.dumps(durations))
