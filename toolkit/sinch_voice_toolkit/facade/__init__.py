"""VoiceClient and AsyncVoiceClient: one method per operation, options, raw responses."""
