"""The Trends page: the pain chart, its reading, adherence and the calendar."""
