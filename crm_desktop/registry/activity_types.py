"""Activities as a record type: calls, meetings, tasks, visits and emails."""

from __future__ import annotations

from crm_desktop.registry import picklists as p
from crm_desktop.registry.fields import common
from crm_desktop.registry.spec import (
    N_,
    TODAY,
    Condition,
    FieldSpec,
    FilterSpec,
    Kind,
    RecordType,
    Section,
)

ACTIVITIES = RecordType(
    key="activities",
    label=N_("Activities"),
    singular=N_("Activity"),
    icon="activity",
    group=N_("Activities"),
    table="activities",
    form="activity",
    fields=(
        FieldSpec(
            "kind",
            N_("Type"),
            Kind.CHOICE,
            required=True,
            choices=p.ACTIVITY_KINDS,
            sort="kind",
            default="Call",
        ),
        FieldSpec(
            "subject",
            N_("Subject"),
            required=True,
            max_length=300,
            sort="subject_key",
            searchable=True,
        ),
        FieldSpec("start_at", N_("Start"), Kind.DATETIME, sort="start_at"),
        FieldSpec("end_at", N_("End"), Kind.DATETIME),
        FieldSpec("due_date", N_("Due"), Kind.DATE, sort="due_date"),
        FieldSpec("all_day", N_("All day"), Kind.BOOL, default=False),
        FieldSpec("time_zone", N_("Time zone"), max_length=64),
        FieldSpec("location", N_("Location"), max_length=300, searchable=True),
        FieldSpec(
            "status",
            N_("Status"),
            Kind.CHOICE,
            choices=p.ACTIVITY_STATUSES,
            sort="status",
            default="Planned",
        ),
        FieldSpec("priority", N_("Priority"), Kind.CHOICE, choices=p.ACTIVITY_PRIORITIES),
        FieldSpec(
            "related_type", N_("Related to (type)"), Kind.CHOICE, choices=p.ACTIVITY_LINK_TYPES
        ),
        FieldSpec("related_id", N_("Related to (id)"), Kind.INTEGER),
        FieldSpec(
            "related_name",
            N_("Related to"),
            read_only=True,
            sort="related_name_key",
            searchable=True,
        ),
        FieldSpec("reminder_minutes", N_("Reminder (minutes before)"), Kind.INTEGER),
        FieldSpec("recurrence", N_("Repeats (RRULE)"), max_length=500),
        FieldSpec("exception_dates", N_("Skipped occurrences"), Kind.MULTILINE),
        FieldSpec("outcome", N_("Outcome"), Kind.MULTILINE),
        FieldSpec("uid", N_("Calendar UID"), read_only=True),
        *common(),
    ),
    # The activity form (views/activities/form.py) shows the fields of the kind on show:
    # a task's due date, an event's start and end, a visit's place and outcome.
    sections=(
        Section(
            N_("Activity"),
            ("kind", "subject", "status", "priority", "location", "owner_id"),
        ),
        Section(
            N_("When"),
            (
                "start_at",
                "end_at",
                "all_day",
                "due_date",
                "reminder_minutes",
                "recurrence",
                "exception_dates",
                "time_zone",
            ),
        ),
        Section(N_("Related to"), ("related_type", "related_id")),
        Section(N_("Outcome"), ("outcome",)),
        Section(N_("Description"), ("description",)),
    ),
    list_columns=(
        "kind",
        "subject",
        "start_at",
        "due_date",
        "status",
        "related_name",
        "owner_id",
    ),
    title_fields=("subject",),
    # What is coming, the soonest first (with the default filter: from today on).
    default_sort=("start_at", False),
    link_fields=("related_type", "related_id"),
    link_name="related_name",
    filters=(
        FilterSpec(
            N_("My open activities"),
            (
                Condition("owner_id", "eq", "@me"),
                Condition("status", "not_in", p.ACTIVITY_DONE_STATUSES),
            ),
        ),
        FilterSpec(N_("Visits"), (Condition("kind", "eq", "Visit"),)),
        # The agenda: what starts today or later (tasks have a due date instead: "Open
        # tasks", and each user's work of the day, list them).
        FilterSpec(N_("From today"), (Condition("start_at", "ge", TODAY),)),
        FilterSpec(
            N_("Open tasks"),
            (
                Condition("kind", "eq", "Task"),
                Condition("status", "not_in", p.ACTIVITY_DONE_STATUSES),
            ),
        ),
    ),
    default_filter=N_("From today"),
)
