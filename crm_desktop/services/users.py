"""Users (one default user until logins arrive)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.models.database import Database
from crm_desktop.models.entities import User

DEFAULT_USER_ID = 1


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str


class UserService:
    def __init__(self, db: Database, current_user_id: int = DEFAULT_USER_ID):
        self.db = db
        self.current_user_id = current_user_id

    def users(self) -> list[UserInfo]:
        with self.db.read() as session:
            rows = session.scalars(select(User).where(User.active).order_by(User.full_name)).all()
            return [UserInfo(u.id, u.username, u.full_name) for u in rows]

    def current(self) -> UserInfo:
        with self.db.read() as session:
            user = session.get(User, self.current_user_id)
            if user is None:
                raise LookupError(f"no user {self.current_user_id}")
            return UserInfo(user.id, user.username, user.full_name)
