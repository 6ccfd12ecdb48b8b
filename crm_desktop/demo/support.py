"""Demonstration cases, contracts, projects and campaigns beside the sales: a support
desk's queue, the customers' service contracts (some due for renewal), the delivery team's
projects with their tasks, and the marketing campaigns opportunities are attributed to,
each in the language of its customer's country.

They are saved one by one through the record service (so a contract makes its renewal
task and a project's progress follows its tasks, as a user's save does) and are few
(:func:`planned_support`), which keeps a million-contact demo fast.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from crm_desktop.demo.data import between, pick
from crm_desktop.demo.records import OrgDraft
from crm_desktop.registry.marketing import CAMPAIGN_TYPES
from crm_desktop.registry.support import (
    BILLING_TERMS,
    CASE_CATEGORIES,
    CASE_ORIGINS,
    CASE_PRIORITIES,
    CASE_SEVERITIES,
    CONTRACT_TYPES,
)
from crm_desktop.services.records.service import table_of

if TYPE_CHECKING:
    from crm_desktop.services import Services

#: the record types this module adds, in the order it adds them
SUPPORT_TYPES = ("campaigns", "cases", "contracts", "projects", "project_tasks")
#: the statuses of a case still to be solved
OPEN_CASE_STATUSES = ("Open", "In Progress", "Wait For Response")
#: a project's tasks, the last one its milestone
TASKS_PER_PROJECT = 6


def planned_support(contacts: int) -> dict[str, int]:
    """How many of each type a demo of ``contacts`` contacts adds (none below 50)."""
    if contacts < 50:
        return dict.fromkeys(SUPPORT_TYPES, 0)
    projects = min(12, max(1, contacts // 250))
    return {
        "campaigns": min(6, max(1, contacts // 400)),
        "cases": min(300, max(2, contacts // 20)),
        "contracts": min(150, max(1, contacts // 40)),
        "projects": projects,
        "project_tasks": projects * TASKS_PER_PROJECT,
    }


class DemoSupport:
    """Adds the records of :func:`planned_support` for some of a run's organizations."""

    def __init__(self, services: Services, rng: random.Random, today: dt.date):
        self.services = services
        self.rng = rng
        self.today = today
        self.create = services.records.create

    def add(self, orgs: Sequence[OrgDraft], plan: dict[str, int]) -> dict[str, int]:
        """The planned records, for customers among ``orgs`` (written organizations);
        returns how many of each were added."""
        if not orgs or not plan["cases"]:
            return dict.fromkeys(SUPPORT_TYPES, 0)
        contacts = self._contacts([o.id for o in orgs])
        campaigns = [self._campaign(pick(self.rng, orgs)) for _ in range(plan["campaigns"])]
        self._attribute(campaigns)
        for _ in range(plan["cases"]):
            org = pick(self.rng, orgs)
            self._case(org, contacts.get(org.id))
        for _ in range(plan["contracts"]):
            org = pick(self.rng, orgs)
            self._contract(org, contacts.get(org.id))
        for _ in range(plan["projects"]):
            self._project(pick(self.rng, orgs))
        return {key: plan[key] for key in SUPPORT_TYPES}

    def _contacts(self, org_ids: list[int]) -> dict[int, int]:
        """A contact of each organization that has one."""
        table = table_of(self.services.registry.get("contacts"))
        found: dict[int, int] = {}
        with self.services.db.read() as session:
            for start in range(0, len(org_ids), 500):
                rows = session.execute(
                    select(table.c.organization_id, table.c.id).where(
                        table.c.organization_id.in_(org_ids[start : start + 500])
                    )
                )
                for org_id, contact_id in rows:
                    found.setdefault(org_id, contact_id)
        return found

    def _days(self, low: int, high: int) -> dt.date:
        return self.today + dt.timedelta(days=between(self.rng, low, high))

    def _campaign(self, org: OrgDraft) -> tuple[int, str]:
        """A campaign's id and name."""
        rng, start = self.rng, self._days(-300, 30)
        budget = Decimal(between(rng, 20, 400) * 100)
        done = start < self.today - dt.timedelta(days=60)
        name = f"{pick(rng, org.locale.campaigns)} {start.year}"
        values: dict[str, Any] = {
            "name": name,
            "campaign_type": pick(rng, CAMPAIGN_TYPES[:4]),
            "status": "Completed" if done else "Active" if start <= self.today else "Planning",
            "start_date": start,
            "end_date": start + dt.timedelta(days=between(rng, 14, 60)),
            "budget_cost": budget,
            "actual_cost": budget * Decimal(between(rng, 70, 120)) / 100 if done else None,
            "expected_revenue": budget * between(rng, 3, 10),
            "expected_responses": between(rng, 50, 500),
        }
        return self.create("campaigns", values).id, name

    def _attribute(self, campaigns: list[tuple[int, str]]) -> None:
        """Attribute some of the run's opportunities to the campaigns (with the name a
        save caches), so that their ROI has wins to count."""
        if not campaigns:
            return
        table = table_of(self.services.registry.get("opportunities"))
        with self.services.db.write() as session:
            ids = session.execute(
                select(table.c.id).order_by(table.c.id.desc()).limit(20 * len(campaigns))
            ).scalars()
            for opportunity_id in list(ids):
                if self.rng.random() < 0.5:
                    campaign_id, name = pick(self.rng, campaigns)
                    session.execute(
                        update(table)
                        .where(table.c.id == opportunity_id)
                        .values(campaign_id=campaign_id, campaign_name=name)
                    )

    def _case(self, org: OrgDraft, contact_id: int | None) -> None:
        rng = self.rng
        closed = rng.random() < 0.45
        values: dict[str, Any] = {
            "title": pick(rng, org.locale.case_titles),
            "organization_id": org.id,
            "contact_id": contact_id,
            "priority": pick(rng, CASE_PRIORITIES),
            "severity": pick(rng, CASE_SEVERITIES),
            "status": "Closed" if closed else pick(rng, OPEN_CASE_STATUSES),
            "category": pick(rng, CASE_CATEGORIES),
            "origin": pick(rng, CASE_ORIGINS),
            "due_at": dt.datetime.combine(
                self._days(-20, 20), dt.time(between(rng, 1, 10)), tzinfo=dt.UTC
            ),
        }
        if closed:
            values["resolution"] = pick(rng, org.locale.next_steps)
        self.create("cases", values)

    def _contract(self, org: OrgDraft, contact_id: int | None) -> None:
        rng = self.rng
        start = self._days(-700, 30)
        end = start + dt.timedelta(days=365 * between(rng, 1, 2) - 1)
        status = "Draft" if start > self.today else "Cancelled" if rng.random() < 0.05 else "Active"
        self.create(
            "contracts",
            {
                "name": f"{pick(rng, org.locale.topics)} {start.year}",
                "organization_id": org.id,
                "contact_id": contact_id,
                "contract_type": pick(rng, CONTRACT_TYPES),
                "start_date": start,
                "end_date": end,
                "value": Decimal(between(rng, 10, 500) * 100),
                "currency": org.locale.deal_currency(rng),
                "status": status,
                "billing_terms": pick(rng, BILLING_TERMS),
                # No renewal tasks: the demo's activities stay the ones it plans.
                "renewal_reminder_days": None,
            },
        )

    def _project(self, org: OrgDraft) -> None:
        rng = self.rng
        start = self._days(-90, 30)
        project = self.create(
            "projects",
            {
                "name": pick(rng, org.locale.project_names),
                "organization_id": org.id,
                "status": "Planned" if start > self.today else "In Progress",
                "start_date": start,
                "end_date": start + dt.timedelta(days=7 * TASKS_PER_PROJECT),
            },
        )
        previous: int | None = None
        for step, name in enumerate(org.locale.project_tasks[:TASKS_PER_PROJECT]):
            begins = start + dt.timedelta(days=7 * step)
            ends = begins + dt.timedelta(days=6)
            done = 100 if ends < self.today else 50 if begins <= self.today else 0
            last = step == TASKS_PER_PROJECT - 1
            task = self.create(
                "project_tasks",
                {
                    "name": name,
                    "project_id": project.id,
                    "milestone": last,
                    "start_date": ends if last else begins,
                    "end_date": None if last else ends,
                    "status": {100: "Completed", 50: "In Progress"}.get(done, "Not Started"),
                    "percent_done": done,
                    "depends_on_id": previous,
                },
            )
            previous = task.id
