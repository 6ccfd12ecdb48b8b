"""Use cases over the database. No Qt: every call is one short transaction."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.models.database import Database
from crm_desktop.models.watch import ChangeWatcher
from crm_desktop.registry import Registry, default_registry
from crm_desktop.services.access.guarded import GuardedRecordService
from crm_desktop.services.access.office import OfficeService
from crm_desktop.services.access.rules import Access, load_access
from crm_desktop.services.activities.service import ActivityService
from crm_desktop.services.quotes import save_hooks as quotes
from crm_desktop.services.quotes.service import QuoteService
from crm_desktop.services.records.changes import ChangeHub
from crm_desktop.services.records.filters import FilterService
from crm_desktop.services.records.lists import ListService
from crm_desktop.services.records.search import SearchService
from crm_desktop.services.records.service import RecordService, with_column_limits
from crm_desktop.services.records.stats import StatsService
from crm_desktop.services.sales import opportunities
from crm_desktop.services.sales.conversion import LeadConversion
from crm_desktop.services.settings.service import SettingsService
from crm_desktop.services.users import DEFAULT_USER_ID, UserService


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
    search: SearchService

    def change_watcher(self) -> ChangeWatcher:
        """A watcher of other programs' commits to this database, per record type."""
        tables = {record_type.key: record_type.table for record_type in self.registry}
        return ChangeWatcher(self.db, tables)

    @classmethod
    def build(
        cls,
        db: Database,
        registry: Registry | None = None,
        user_id: int = DEFAULT_USER_ID,
    ) -> Services:
        registry = with_column_limits(registry or default_registry())
        hub = ChangeHub()
        with db.read() as session:
            access = load_access(session, user_id)
        records = GuardedRecordService(db, registry, hub, user_id, access)
        lists = ListService(db, registry, user_id, access)
        opportunities.install(records)
        quotes.install(records)
        settings = SettingsService(db, hub, access)
        records.default_currency = settings.default_currency
        return cls(
            db=db,
            registry=registry,
            hub=hub,
            users=UserService(db, user_id, access),
            access=access,
            office=OfficeService(db, registry, access),
            records=records,
            lists=lists,
            filters=FilterService(db, registry, user_id),
            conversion=LeadConversion(records),
            stats=StatsService(db, registry, access),
            settings=settings,
            quotes=QuoteService(records, settings),
            # Installs the activity rules on the record service, generic form included.
            activities=ActivityService(records, access),
            search=SearchService(db, registry, lists),
        )
