"""A list shown as a board: a column per value of a choice field (opportunities by stage)."""
