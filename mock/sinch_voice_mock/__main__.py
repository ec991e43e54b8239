"""`python -m sinch_voice_mock`: the same as the `sinch-voice-mock` command."""

import sys

from ._command import main

sys.exit(main())
