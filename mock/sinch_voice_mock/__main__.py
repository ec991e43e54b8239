"""`python -m sinch_voice_mock`: the same as the `sinch-voice-mock` command."""

import sys

from ._server import main

sys.exit(main())
