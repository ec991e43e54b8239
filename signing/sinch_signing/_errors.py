"""Errors raised by the signing layer.

    ValueError
     └── CredentialsError   an application key or secret that cannot be used

Messages name the offending argument, never its value: a secret must not reach a log or a
traceback through an error message.
"""


class CredentialsError(ValueError):
    """An application key or secret is missing or malformed."""
