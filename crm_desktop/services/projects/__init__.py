"""Projects: progress from their tasks, the timeline, a project from a won opportunity."""
