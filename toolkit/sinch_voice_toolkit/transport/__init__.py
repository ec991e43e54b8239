"""One request: connect(), then check, host, sign, send, read, judge, type, retry, log."""
