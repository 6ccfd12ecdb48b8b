"""The database's schema revisions this program knows (crm_desktop/models/migrations)."""

from __future__ import annotations

#: Every migration revision this program knows, oldest first (a test checks it against Alembic).
KNOWN_REVISIONS = (
    "0001_initial",
    "0002_quotes_orders",
    "0003_presence",
    "0004_activities",
    "0005_record_counts",
    "0006_activity_reads",
    "0007_change_counters",
    "0008_import_batches",
    "0009_record_history",
    "0010_duplicate_keys",
    "0011_users_roles",
    "0012_row_security",
    "0013_name_order",
    "0014_support_records",
    "0015_campaigns",
    "0016_mail_and_news",
    "0017_dashboards",
    "0018_road_copies",
    "0019_row_security_new_types",
    "0020_activities_window",
    "0021_merges_survivor_index",
    "0022_user_database_roles",
    "0023_open_work_index",
    "0024_record_functions",
    "0025_map_corners_index",
    "0026_series_skipped_months",
)
SCHEMA_HEAD = KNOWN_REVISIONS[-1]
