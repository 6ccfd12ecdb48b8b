"""What a contact's form shows beside its fields (its photo)."""
