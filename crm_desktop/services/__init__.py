"""Use cases over the database. No Qt: every call is one short transaction.

Importing the package loads no SQLAlchemy and no models: the views import the plain data
of a feature (``records/types.py``, ``quotes/types.py``, ...) and name the services only
in type hints, and :meth:`Services.build`, called by the composition root, imports the
services it builds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from crm_desktop.registry import Registry, default_registry

if TYPE_CHECKING:
    from crm_desktop.models.database import Database
    from crm_desktop.models.watch import ChangeWatcher
    from crm_desktop.services.access.office import OfficeService
    from crm_desktop.services.access.rules import Access
    from crm_desktop.services.activities.calendar import CalendarService
    from crm_desktop.services.activities.history import ActivityHistory
    from crm_desktop.services.activities.reminders import ReminderService
    from crm_desktop.services.activities.service import ActivityService
    from crm_desktop.services.board.service import BoardService
    from crm_desktop.services.campaigns.members import CampaignService
    from crm_desktop.services.cases.service import CaseService
    from crm_desktop.services.contracts.service import ContractService
    from crm_desktop.services.documents.service import DocumentService
    from crm_desktop.services.duplicates.finder import DuplicateFinder
    from crm_desktop.services.duplicates.merge import MergeService
    from crm_desktop.services.history.reading import HistoryService
    from crm_desktop.services.imports.service import ImportService
    from crm_desktop.services.mail.mailbox import Mailbox
    from crm_desktop.services.mail.outbox import Outbox
    from crm_desktop.services.mail.types import MailAccount
    from crm_desktop.services.messages.sending import MessageSender
    from crm_desktop.services.news.service import NewsService
    from crm_desktop.services.places.service import PlaceService
    from crm_desktop.services.projects.service import ProjectService
    from crm_desktop.services.quotes.service import QuoteService
    from crm_desktop.services.records.changes import ChangeHub
    from crm_desktop.services.records.filters import FilterService
    from crm_desktop.services.records.lists import ListService
    from crm_desktop.services.records.search import SearchService
    from crm_desktop.services.records.service import RecordService
    from crm_desktop.services.records.stats import StatsService
    from crm_desktop.services.reports.dashboard import DashboardService
    from crm_desktop.services.reports.service import ReportService
    from crm_desktop.services.sales.conversion import LeadConversion
    from crm_desktop.services.settings.service import SettingsService
    from crm_desktop.services.users import UserService


@dataclass
class Services:
    """Everything the views may call, wired for one database and one user."""

    db: Database
    registry: Registry
    hub: ChangeHub
    users: UserService
    #: what the user may see and do (everything on a single-user database)
    access: Access
    office: OfficeService
    records: RecordService
    lists: ListService
    filters: FilterService
    conversion: LeadConversion
    stats: StatsService
    settings: SettingsService
    quotes: QuoteService
    activities: ActivityService
    calendar: CalendarService
    activity_history: ActivityHistory
    search: SearchService
    history: HistoryService
    duplicates: DuplicateFinder
    merges: MergeService
    cases: CaseService
    contracts: ContractService
    documents: DocumentService
    projects: ProjectService

    @cached_property
    def imports(self) -> ImportService:
        """The importers, built when first used: their readers (CSV, vCard, phone numbers)
        are no part of a start."""
        from crm_desktop.services.imports.service import ImportService

        return ImportService(self.records, self.access)

    board: BoardService
    reports: ReportService
    dashboard: DashboardService

    def change_watcher(self) -> ChangeWatcher:
        """A watcher of other programs' commits to this database, per record type."""
        from crm_desktop.models.watch import ChangeWatcher

        tables = {record_type.key: record_type.table for record_type in self.registry}
        return ChangeWatcher(self.db, tables)

    def mailbox(self) -> Mailbox:
        """The mail fetched into the database: folders, messages, what they are filed to.
        In an office database a user's Mail screen lists their own mailbox only (the
        incoming server of their account); a record's mail shows to whoever sees it."""
        from crm_desktop.services.mail.mailbox import Mailbox

        if not self.access.office:
            return Mailbox(self.db)
        account = self.mail_account()
        incoming = account.incoming if account is not None else None
        return Mailbox(self.db, own_account=incoming.keyring_user if incoming else "")

    def outbox(self) -> Outbox:
        """Sending the messages the user writes (a new one, a reply, a forward) and
        keeping them in their Sent folder and the customers' history."""
        from crm_desktop.services.mail.outbox import Outbox

        return Outbox(self.db, self.mailbox())

    def contact_photo(self, contact_id: int) -> tuple[bytes, str] | None:
        """A contact's photo (its bytes and MIME type), or None."""
        from crm_desktop.services.records.photos import contact_photo

        return contact_photo(self.db, contact_id)

    def news(self) -> NewsService:
        """The news feeds and their items (shared by the office)."""
        from crm_desktop.services.news.service import NewsService

        return NewsService(self.db)

    def places(self) -> PlaceService:
        """The records of a list placed on the map (at their coordinates or their
        address's city, offline), and moved on it."""
        from crm_desktop.services.places.service import PlaceService

        return PlaceService(self.lists, self.records)

    def reminders(self, zone: dt.tzinfo) -> ReminderService:
        """The reminders of this user, on the days and hours of ``zone``."""
        from crm_desktop.services.activities.reminders import ReminderService

        return ReminderService(self.db, self.records.user_id, zone)

    def campaigns(self) -> CampaignService:
        """Campaigns' members and results, with this user's rights."""
        from crm_desktop.services.campaigns.members import CampaignService

        return CampaignService(self.lists, self.hub, self.access)

    def mail_account(self) -> MailAccount | None:
        """This user's mail account (Settings > Mail); None until they set one up."""
        from crm_desktop.services.mail.accounts import account_for

        return account_for(self.db, self.access.user_id)

    def save_mail_account(self, account: MailAccount | None) -> None:
        from crm_desktop.services.mail.accounts import save_account

        save_account(self.db, self.access.user_id, account)

    def messages(self, region: str = "VN") -> MessageSender:
        """Messages to a segment; ``region``: the country of phone numbers written
        without their country code (the chat apps' links)."""
        from crm_desktop.services.messages.recipients import Recipients
        from crm_desktop.services.messages.sending import MessageSender

        campaigns = self.campaigns()
        recipients = Recipients(self.lists, campaigns, self.access, region=region)
        return MessageSender(self.records, recipients, campaigns)

    @classmethod
    def build(
        cls,
        db: Database,
        registry: Registry | None = None,
        user_id: int | None = None,
    ) -> Services:
        """Every service for ``db`` and the user ``user_id`` (by default the first user)."""
        from crm_desktop.services.access.guarded import GuardedRecordService
        from crm_desktop.services.access.office import OfficeService
        from crm_desktop.services.access.rules import load_access
        from crm_desktop.services.activities.calendar import CalendarService
        from crm_desktop.services.activities.history import ActivityHistory
        from crm_desktop.services.activities.service import ActivityService
        from crm_desktop.services.board.service import BoardService
        from crm_desktop.services.cases.service import CaseService
        from crm_desktop.services.contracts.service import ContractService
        from crm_desktop.services.documents.service import DocumentService
        from crm_desktop.services.duplicates import keys as duplicate_keys
        from crm_desktop.services.duplicates.finder import DuplicateFinder
        from crm_desktop.services.duplicates.merge import MergeService
        from crm_desktop.services.history.reading import HistoryService
        from crm_desktop.services.projects.service import ProjectService
        from crm_desktop.services.quotes import save_hooks as quotes
        from crm_desktop.services.quotes.service import QuoteService
        from crm_desktop.services.records.changes import ChangeHub
        from crm_desktop.services.records.filters import FilterService
        from crm_desktop.services.records.lists import ListService
        from crm_desktop.services.records.search import SearchService
        from crm_desktop.services.records.service import with_column_limits
        from crm_desktop.services.records.stats import StatsService
        from crm_desktop.services.reports.dashboard import DashboardService
        from crm_desktop.services.reports.service import ReportService
        from crm_desktop.services.sales import opportunities
        from crm_desktop.services.sales.conversion import LeadConversion
        from crm_desktop.services.settings.service import SettingsService
        from crm_desktop.services.users import DEFAULT_USER_ID, UserService

        if user_id is None:
            user_id = DEFAULT_USER_ID
        registry = with_column_limits(registry or default_registry())
        hub = ChangeHub()
        with db.read() as session:
            access = load_access(session, user_id)
        if access.office:  # on a server, its row-level security limits this user too
            db = db.as_user(user_id)
        records = GuardedRecordService(db, registry, hub, user_id, access)
        lists = ListService(db, registry, user_id, access)
        opportunities.install(records)
        quotes.install(records)
        duplicate_keys.install(records)
        settings = SettingsService(db, hub, access)
        records.default_currency = settings.default_currency
        # Installs the activity rules on the record service, generic form included.
        activities = ActivityService(records, access)
        return cls(
            db=db,
            registry=registry,
            hub=hub,
            users=UserService(db.office_login or db, user_id, access),
            access=access,
            office=OfficeService(db, registry, access),
            records=records,
            lists=lists,
            filters=FilterService(db, registry, user_id),
            conversion=LeadConversion(records),
            stats=StatsService(db, registry, access),
            settings=settings,
            quotes=QuoteService(records, settings),
            activities=activities,
            calendar=CalendarService(activities),
            activity_history=ActivityHistory(db, access),
            search=SearchService(db, registry, lists),
            history=HistoryService(db, registry),
            duplicates=DuplicateFinder(db, registry),
            merges=MergeService(records),
            cases=CaseService(records, access),
            contracts=ContractService(records, lists),
            documents=DocumentService(records, access),
            projects=ProjectService(records),
            board=BoardService(lists, records),
            reports=ReportService(lists),
            dashboard=DashboardService(db, user_id),
        )
