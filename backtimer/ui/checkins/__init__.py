"""Check-ins between workouts: log pain now, the morning check, unfinished sessions."""
