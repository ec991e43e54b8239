"""`python -m sinch_voice_toolkit.cli`: the same as `sinch-voice`."""

from ._console import main

main()
