"""Values named once in openapi.yaml (`x-constants`), generated: do not edit.

Written by scripts/generate_facade.py (`make generate`); change the spec instead. Patterns are
the spec's without their ^ and $ anchors: use them with `re.fullmatch`.
"""

E164_PATTERN = "\\+[1-9][0-9]{1,14}"
PATH_ID_PATTERN = "(?!\\.{1,2}$)[A-Za-z0-9._~-]+"
MAX_NUMBERS_PER_REQUEST = 100
CAPABILITIES = ("voice", "sms")
CALLBACK_URL_PATTERN = "[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s][^\\s]*"
DEFAULT_CAPABILITY = "voice"
