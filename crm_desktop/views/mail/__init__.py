"""Mail: the mail screen, a message's reader, and the Mail tab of a record's form."""
