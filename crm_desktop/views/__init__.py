"""Qt widgets and models. Views call services only: no SQL, no session, no sqlalchemy."""
