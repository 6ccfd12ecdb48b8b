"""vCard 2.1, 3.0 and 4.0 in, vCard 4.0 and 3.0 out."""
