"""File › Import…: the CSV and vCard import wizard, and File › Undo an import…."""
