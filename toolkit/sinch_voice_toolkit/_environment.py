"""The environment variables the toolkit reads, named once (the CLI and `connect()` use them)."""

ENV_APPLICATION_KEY = "SINCH_APPLICATION_KEY"
ENV_APPLICATION_SECRET = "SINCH_APPLICATION_SECRET"  # noqa: S105 - a variable name, not a secret
ENV_BASE_URL = "SINCH_VOICE_BASE_URL"
