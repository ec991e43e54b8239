"""The environment variables the toolkit reads, named once (the CLI, `connect()` and
`unwrap_callback` use them), and the credentials taken from them."""

from collections.abc import Mapping

from sinch_signing import CredentialsError

ENV_APPLICATION_KEY = "SINCH_APPLICATION_KEY"
ENV_APPLICATION_SECRET = "SINCH_APPLICATION_SECRET"  # noqa: S105 - a variable name, not a secret
ENV_BASE_URL = "SINCH_VOICE_BASE_URL"
ENV_REGION = "SINCH_VOICE_REGION"  # the calling host's region: euc1, use1, sae1, apse1, apse2
ENV_LOG = "SINCH_VOICE_LOG"  # info or debug: one log line per attempt (_attempt_log)


def credentials(
    application_key: str | None, application_secret: str | None, env: Mapping[str, str]
) -> tuple[str, str]:
    """The key and secret given, or else from `env`; CredentialsError names what is missing."""
    key = application_key if application_key is not None else env.get(ENV_APPLICATION_KEY)
    secret = (
        application_secret if application_secret is not None else env.get(ENV_APPLICATION_SECRET)
    )
    if not key:
        raise CredentialsError(
            f"no application key: pass application_key or set ${ENV_APPLICATION_KEY}"
        )
    if not secret:
        raise CredentialsError(
            f"no application secret: pass application_secret or set ${ENV_APPLICATION_SECRET}"
        )
    return key, secret
