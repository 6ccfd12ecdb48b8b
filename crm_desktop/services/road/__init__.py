"""Road copies: the office's records taken along on a laptop, worked on without a network."""
