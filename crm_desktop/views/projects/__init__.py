"""Projects: the timeline (Gantt) of a project's tasks and milestones."""
