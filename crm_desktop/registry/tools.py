"""Tools: documents (files kept in the database, attached to any record) and projects with
their tasks and milestones."""

from __future__ import annotations

from crm_desktop.registry.fields import common, number, reference
from crm_desktop.registry.spec import (
    EVERY_TYPE,
    ME,
    N_,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    RelatedTab,
    Section,
)

TOOLS = N_("Tools")

DOCUMENTS = RecordType(
    key="documents",
    label=N_("Documents"),
    singular=N_("Document"),
    icon="quote",
    group=TOOLS,
    table="documents",
    number_prefix="DOC-",
    fields=(
        number(),
        FieldSpec(
            "title", N_("Title"), required=True, max_length=300, sort="title_key", searchable=True
        ),
        FieldSpec("folder", N_("Folder"), max_length=200, sort="folder_key", searchable=True),
        # Set by attaching (the form shows the name only): kept by the document service.
        FieldSpec("related_type", N_("Attached to (type)"), max_length=40),
        FieldSpec("related_id", N_("Attached to (id)"), Kind.INTEGER),
        FieldSpec(
            "related_name",
            N_("Attached to"),
            read_only=True,
            sort="related_name_key",
            searchable=True,
        ),
        FieldSpec("file_name", N_("File"), read_only=True, sort="file_name_key", searchable=True),
        FieldSpec("size", N_("Size (bytes)"), Kind.INTEGER, read_only=True, sort="size"),
        FieldSpec("current_version", N_("Version"), Kind.INTEGER, read_only=True),
        *common(),
    ),
    sections=(
        Section(
            N_("Document"),
            ("number", "title", "folder", "related_name", "owner_id"),
        ),
        Section(N_("File"), ("file_name", "size", "current_version")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=("number", "title", "folder", "file_name", "size", "related_name", "modified_at"),
    title_fields=("title",),
    default_sort=("title", False),
    link_fields=("related_type", "related_id"),
    link_name="related_name",
    filters=(FilterSpec(N_("My documents"), (Condition("owner_id", "eq", ME),)),),
    # On every other type's form: its files, a drop target and "Attach file…".
    shown_on=((EVERY_TYPE, "related_id"),),
    tab_page="files",
    form_parts=("document_file",),
)

PROJECT_STATUSES = (
    N_("Planned"),
    N_("In Progress"),
    N_("On Hold"),
    N_("Completed"),
    N_("Cancelled"),
)
TASK_STATUSES = (N_("Not Started"), N_("In Progress"), N_("Completed"), N_("Deferred"))
TASK_DONE = "Completed"

PROJECTS = RecordType(
    key="projects",
    label=N_("Projects"),
    singular=N_("Project"),
    icon="calendar",
    group=TOOLS,
    table="projects",
    number_prefix="PRJ-",
    fields=(
        number(),
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        reference(
            "organization_id",
            N_("Organization"),
            "organizations",
            "organization_name",
            listed=True,
        ),
        reference("opportunity_id", N_("Opportunity"), "opportunities", "opportunity_name"),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            required=True,
            choices=PROJECT_STATUSES,
            sort="status",
            default="Planned",
        ),
        FieldSpec("start_date", N_("Start date"), Kind.DATE, sort="start_date"),
        FieldSpec("end_date", N_("End date"), Kind.DATE, sort="end_date"),
        FieldSpec("progress", N_("Progress"), Kind.PERCENT, read_only=True, sort="progress"),
        *common(),
    ),
    sections=(
        Section(
            N_("Project"),
            ("number", "name", "status", "organization_id", "opportunity_id", "owner_id"),
        ),
        Section(N_("Schedule"), ("start_date", "end_date", "progress")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "number",
        "name",
        "organization_id",
        "status",
        "start_date",
        "end_date",
        "progress",
        "owner_id",
    ),
    title_fields=("name",),
    default_sort=("start_date", False),
    filters=(
        FilterSpec(
            N_("Open projects"),
            (Condition("status", "not_in", ("Completed", "Cancelled")),),
        ),
        FilterSpec(N_("My projects"), (Condition("owner_id", "eq", ME),)),
    ),
    default_filter=N_("Open projects"),
    related=(
        RelatedTab(N_("Timeline"), "project_tasks", "project_id", page="timeline"),
        RelatedTab(N_("Activities"), "activities", page="activity_history"),
    ),
    shown_on=(("organizations", "organization_id"), ("opportunities", "opportunity_id")),
)

PROJECT_TASKS = RecordType(
    key="project_tasks",
    label=N_("Project tasks"),
    singular=N_("Project task"),
    icon="activity",
    group=TOOLS,
    table="project_tasks",
    fields=(
        FieldSpec(
            "name", N_("Name"), required=True, max_length=300, sort="name_key", searchable=True
        ),
        FieldSpec(
            "project_id",
            N_("Project"),
            Kind.REFERENCE,
            required=True,
            reference="projects",
            cache="project_name",
            sort="project_name_key",
            searchable=True,
        ),
        FieldSpec("milestone", N_("Milestone"), Kind.BOOL, default=False),
        FieldSpec("start_date", N_("Start date"), Kind.DATE, sort="start_date"),
        FieldSpec("end_date", N_("End date"), Kind.DATE, sort="end_date"),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            required=True,
            choices=TASK_STATUSES,
            sort="status",
            default="Not Started",
        ),
        FieldSpec(
            "percent_done",
            N_("% done"),
            Kind.PERCENT,
            required=True,
            sort="percent_done",
            default=0,
        ),
        reference("depends_on_id", N_("Depends on"), "project_tasks", "depends_on_name"),
        *common(),
    ),
    sections=(
        Section(
            N_("Task"),
            (
                "name",
                "project_id",
                "milestone",
                "status",
                "percent_done",
                "depends_on_id",
                "owner_id",
            ),
        ),
        Section(N_("Dates"), ("start_date", "end_date")),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "name",
        "project_id",
        "status",
        "start_date",
        "end_date",
        "percent_done",
        "owner_id",
    ),
    title_fields=("name",),
    default_sort=("start_date", False),
    filters=(
        FilterSpec(
            N_("My open tasks"),
            (Condition("owner_id", "eq", ME), Condition("status", "ne", TASK_DONE)),
        ),
    ),
    shown_on=(("projects", "project_id"),),
)
