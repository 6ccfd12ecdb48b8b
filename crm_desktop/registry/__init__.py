"""The record-type registry: each record type described once, read by every layer."""

from crm_desktop.registry.spec import (
    ME,
    N_,
    TODAY,
    BoardSpec,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    Registry,
    RelatedTab,
    Section,
)

__all__ = [
    "ME",
    "N_",
    "TODAY",
    "BoardSpec",
    "Condition",
    "FieldSpec",
    "FilterSpec",
    "Kind",
    "RecordType",
    "Registry",
    "RelatedTab",
    "Section",
    "default_registry",
]


def default_registry() -> Registry:
    """The registry of every record type this version of the program has."""
    # Imported here: the type modules import this package's spec and picklists first.
    from crm_desktop.registry.activity_types import ACTIVITIES
    from crm_desktop.registry.customers import CONTACTS, ORGANIZATIONS
    from crm_desktop.registry.document_types import QUOTES, SALES_ORDERS
    from crm_desktop.registry.marketing import CAMPAIGNS
    from crm_desktop.registry.products import PRODUCTS
    from crm_desktop.registry.sales import LEADS, OPPORTUNITIES
    from crm_desktop.registry.support import CASES, CONTRACTS
    from crm_desktop.registry.tools import DOCUMENTS, PROJECT_TASKS, PROJECTS

    return Registry(
        (
            LEADS,
            ORGANIZATIONS,
            CONTACTS,
            OPPORTUNITIES,
            QUOTES,
            SALES_ORDERS,
            PRODUCTS,
            ACTIVITIES,
            CAMPAIGNS,
            CASES,
            CONTRACTS,
            DOCUMENTS,
            PROJECTS,
            PROJECT_TASKS,
        )
    )
