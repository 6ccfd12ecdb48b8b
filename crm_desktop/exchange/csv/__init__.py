"""CSV files as people have them: encodings, separators, preambles, presets, values."""
