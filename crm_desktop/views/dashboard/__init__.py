"""Each user's dashboard: tiles of charts, each opening the records behind a bar."""
