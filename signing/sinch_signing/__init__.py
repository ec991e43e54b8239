"""Authentication for the Sinch Voice API: signed requests, Basic, and the signing algorithm.

`ApplicationAuth` and `BasicAuth` are httpx auth hooks; pass one as `auth=` to any httpx client
(or let `sinch_voice_toolkit.connect()` do it). The lower-level functions expose the one
definition of Sinch's canonical string-to-sign, for servers and tests that verify signatures.
"""

from ._auth import ApplicationAuth, BasicAuth, wire_path, with_literal_plus
from ._errors import CredentialsError
from ._signature import (
    SCHEME,
    TIMESTAMP_HEADER,
    authorization_value,
    compute_signature,
    content_md5,
    decode_secret,
    format_timestamp,
    string_to_sign,
    validate_application_key,
)

__all__ = [
    "SCHEME",
    "TIMESTAMP_HEADER",
    "ApplicationAuth",
    "BasicAuth",
    "CredentialsError",
    "authorization_value",
    "compute_signature",
    "content_md5",
    "decode_secret",
    "format_timestamp",
    "string_to_sign",
    "validate_application_key",
    "wire_path",
    "with_literal_plus",
]
