"""Sales: lead conversion, opportunities' stages."""
