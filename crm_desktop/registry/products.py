"""Products: what quotes and sales orders sell."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
from crm_desktop.registry.fields import SALES, common, currency, number
from crm_desktop.registry.spec import (
    N_,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    Section,
)

PRODUCTS = RecordType(
    key="products",
    taken_whole=True,
    label=N_("Products"),
    singular=N_("Product"),
    icon="product",
    group=SALES,
    table="products",
    number_prefix="PRD-",
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec("code", N_("Code / SKU"), max_length=80, sort="code", searchable=True),
        FieldSpec(
            "category", N_("Category"), Kind.CHOICE, choices=p.PRODUCT_CATEGORIES, sort="category"
        ),
        FieldSpec("unit", N_("Unit"), Kind.CHOICE, choices=p.UNITS, default="Each"),
        FieldSpec("unit_price", N_("Unit price"), Kind.MONEY, sort="unit_price"),
        FieldSpec("cost", N_("Cost"), Kind.MONEY),
        currency(),
        FieldSpec(
            "tax_class", N_("Tax class"), Kind.CHOICE, choices=p.TAX_CLASSES, default="Standard"
        ),
        FieldSpec(
            "quantity_in_stock", N_("Quantity in stock"), Kind.DECIMAL, sort="quantity_in_stock"
        ),
        FieldSpec("active", N_("Active"), Kind.BOOL, sort="active", default=True),
        *common(),
    ),
    sections=(
        Section(
            N_("Product"),
            ("number", "name", "code", "category", "unit", "active", "owner_id"),
        ),
        Section(
            N_("Pricing and stock"),
            ("unit_price", "cost", "currency", "tax_class", "quantity_in_stock"),
        ),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "code",
        "category",
        "unit_price",
        "currency",
        "quantity_in_stock",
        "active",
    ),
    title_fields=("name",),
    default_sort=("name", False),
    filters=(FilterSpec(N_("Active products"), (Condition("active", "eq", True),)),),
)
