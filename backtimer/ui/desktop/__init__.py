"""Desktop integration: reminders, single instance, crash reporting and opening the journal."""
