"""Who may see and do what: logins, roles, rights per record type, private types."""
