"""Projects: a project's progress is its tasks' % done, weighted by their days (milestones
aside), kept on the project whenever a task is saved, binned or restored; its timeline;
a project made from a won opportunity.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from crm_desktop.errors import DomainError, ValidationError
from crm_desktop.models.entities import Opportunity, User
from crm_desktop.models.tools import Project, ProjectTask
from crm_desktop.registry import N_, RecordType
from crm_desktop.registry.picklists import CLOSED_WON as WON
from crm_desktop.registry.tools import TASK_DONE
from crm_desktop.services.projects.types import DueTask, Timeline, TimelineTask
from crm_desktop.services.records.service import RecordService
from crm_desktop.services.records.types import Record

#: the most project tasks "My work today" lists
MY_WORK_SHOWN = 100


class NotWon(DomainError):
    """A project is made from a won opportunity only."""


def progress(tasks: list[tuple[dt.date | None, dt.date | None, int]]) -> int:
    """Percent done of (start, end, % done) tasks, each counting for its days (one day
    when it has no dates)."""
    total = done = 0
    for start, end, percent in tasks:
        days = (end - start).days + 1 if start and end and end >= start else 1
        total += days
        done += days * percent
    return round(done / total) if total else 0


def _check_task(
    session: Session,
    record_type: RecordType,
    merged: dict[str, Any],
    previous: dict[str, Any] | None,
) -> None:
    """A task depends on another task of its project; its end is not before its start;
    a milestone is one day."""
    errors: dict[str, str] = {}
    depends_on = merged.get("depends_on_id")
    if depends_on is not None:
        project_id = session.execute(
            select(ProjectTask.project_id).where(ProjectTask.id == depends_on)
        ).scalar()
        if depends_on == merged.get("id") or project_id != merged.get("project_id"):
            errors["depends_on_id"] = N_("A task depends on another task of its project.")
    start, end = merged.get("start_date"), merged.get("end_date")
    if merged.get("milestone") and start is not None:
        merged["end_date"] = end = start
    if start is not None and end is not None and end < start:
        errors["end_date"] = N_("The end is before the start.")
    if errors:
        raise ValidationError(errors)


class ProjectService:
    def __init__(self, records: RecordService):
        self.records = records
        records.add_hooks(
            "project_tasks",
            derive=_check_task,
            after_save=self._task_saved,
            after_bin=self._task_binned,
        )

    # -- progress -----------------------------------------------------------------------------
    def _task_saved(
        self,
        session: Session,
        record_type: RecordType,
        record_id: int,
        merged: dict[str, Any],
        previous: dict[str, Any] | None,
    ) -> None:
        self._keep_progress(session, merged["project_id"])
        if previous is not None and previous["project_id"] != merged["project_id"]:
            self._keep_progress(session, previous["project_id"])

    def _task_binned(self, session: Session, record_type: RecordType, record_id: int) -> None:
        project_id = session.execute(
            select(ProjectTask.project_id).where(ProjectTask.id == record_id)
        ).scalar_one()
        self._keep_progress(session, project_id)

    @staticmethod
    def _keep_progress(session: Session, project_id: int) -> None:
        rows = session.execute(
            select(ProjectTask.start_date, ProjectTask.end_date, ProjectTask.percent_done).where(
                ProjectTask.project_id == project_id,
                ProjectTask.deleted_at.is_(None),
                ProjectTask.milestone.is_(False),
            )
        ).all()
        value = progress([(start, end, percent or 0) for start, end, percent in rows])
        # A figure the tasks give, not an edit of the project: no new version, so a form
        # open on the project saves without a conflict.
        session.execute(update(Project).where(Project.id == project_id).values(progress=value))

    # -- the timeline -------------------------------------------------------------------------
    def timeline(self, project_id: int) -> Timeline:
        """The project and its live tasks in start order (undated ones last)."""
        with self.records.db.read() as session:
            project = self.records._get(session, "projects", project_id).values
            rows = session.execute(
                select(ProjectTask, User.full_name)
                .outerjoin(User, User.id == ProjectTask.owner_id)
                .where(ProjectTask.project_id == project_id, ProjectTask.deleted_at.is_(None))
                .order_by(
                    ProjectTask.start_date.is_(None),
                    ProjectTask.start_date,
                    ProjectTask.id,
                )
            ).all()
            tasks = [
                TimelineTask(
                    task.id,
                    task.name,
                    task.start_date,
                    task.end_date,
                    task.percent_done,
                    task.milestone,
                    task.status,
                    task.depends_on_id,
                    name,
                )
                for task, name in rows
            ]
        return Timeline(
            project_id,
            project["name"],
            project.get("start_date"),
            project.get("end_date"),
            int(project.get("progress") or 0),
            tasks,
        )

    # -- my work ------------------------------------------------------------------------------
    def my_work(self, user_id: int, today: dt.date, days_ahead: int = 7) -> list[DueTask]:
        """The open tasks assigned to ``user_id`` that end by ``today`` + ``days_ahead`` or
        have begun (late ones too), soonest end first; milestones count as tasks of a day."""
        horizon = today + dt.timedelta(days=days_ahead)
        with self.records.db.read() as session:
            rows = session.execute(
                select(ProjectTask)
                .where(
                    ProjectTask.owner_id == user_id,
                    ProjectTask.deleted_at.is_(None),
                    ProjectTask.status != TASK_DONE,
                    or_(ProjectTask.end_date <= horizon, ProjectTask.start_date <= today),
                )
                .order_by(ProjectTask.end_date.is_(None), ProjectTask.end_date, ProjectTask.id)
                .limit(MY_WORK_SHOWN)
            ).scalars()
            return [
                DueTask(t.id, t.name, t.project_name, t.start_date, t.end_date, t.percent_done)
                for t in rows
            ]

    # -- from an opportunity ------------------------------------------------------------------
    def create_from_opportunity(self, opportunity_id: int, today: dt.date) -> Record:
        """A planned project for a won opportunity: its name, organization and owner,
        starting ``today``."""
        with self.records.db.read() as session:
            opportunity = session.get(Opportunity, opportunity_id)
            if opportunity is None or opportunity.deleted_at is not None:
                raise NotWon("The opportunity no longer exists.")
            if opportunity.sales_stage != WON:
                raise NotWon("Only a won opportunity (Closed Won) can become a project.")
            values = {
                "name": opportunity.name,
                "organization_id": opportunity.organization_id,
                "opportunity_id": opportunity.id,
                "owner_id": opportunity.owner_id,
                "status": "Planned",
                "start_date": today,
            }
        return self.records.create("projects", values)
