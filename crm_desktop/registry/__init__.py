"""The record-type registry: each record type described once, read by every layer."""

from crm_desktop.registry.spec import (
    N_,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    Registry,
    RelatedTab,
    Section,
)
from crm_desktop.registry.types import default_registry

__all__ = [
    "N_",
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
