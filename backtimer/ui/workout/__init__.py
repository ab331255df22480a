"""The workout as it runs: its flow, the engine driver, the player view, cues, screensaver."""
