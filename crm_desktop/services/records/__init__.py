"""Records of every type: saving, lists, filters, search, counts."""
