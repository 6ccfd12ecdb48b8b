"""Messages to a segment: recipients, merge fields, e-mail through SMTP with a send log
per recipient that makes an interrupted run resume, and chat apps walked one by one."""
