"""`python -m sinch_voice_toolkit._cli`: the same as `sinch-voice`."""

import sys

from . import main

sys.exit(main())
