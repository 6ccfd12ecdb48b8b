"""Support's parts of the record form: closing a case, renewing a contract."""
