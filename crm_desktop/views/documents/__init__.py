"""Documents: a record's files (its Documents tab, drops onto its form), a document's versions."""
