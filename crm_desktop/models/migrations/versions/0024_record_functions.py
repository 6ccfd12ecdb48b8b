"""PostgreSQL: the three things a save needs beyond what its user may see, as functions
of the tables' owner, now that the program connects as each user's own role.

Revision ID: 0024_record_functions
Revises: 0023_open_work_index
Create Date: 2026-12-07 21:45:00

A user's own role cannot lift the policies for a moment (0012's ``crm.user_id`` setting is
trusted only from the tables' owner, 0022). What a save must read or write of records the
user may not see is done by SECURITY DEFINER functions, each answering one narrow question
and nothing else:

* ``crm_record_owner(table, id)``: the owner of a record and whether it is in the
  recycle bin (no row: no such record). A refusal names whose record it is; a reference
  is checked to exist, whoever owns the linked record.
* ``crm_record_name(table, id, columns)``: the name columns of a record (only those:
  ``NAME_COLUMNS``), the name the records that link to it keep.
* ``crm_refresh_name(...)``: after a rename, the name the linking records keep (and its
  folded key, and the words of their search text), computed here from the renamed record
  itself, in the rows the user may not see (the caller refreshes the others): only the
  columns of ``CACHE_COLUMNS``, only in rows linked through ``LINK_COLUMNS``.

Each runs as the tables' owner with a fixed search_path. The policies still bind the owner
(FORCE): ``crm_visible_owners`` becomes SECURITY INVOKER (its rule, unchanged, moves to the
definer function ``crm_rule_owners``) so that it sees who is calling: when the current
user is the tables' owner while the session's login is a role that is not, the statement
runs inside one of these functions, and every row is visible to it. The functions also
clear ``crm.user_id`` for their own duration, for the owner's login acting for a user. Only the members' group may execute them (granted by ``ensure_groups``).

New rows and changed rows are checked too: the policies that let a row be added or
changed checked nothing (``WITH CHECK (true)``, 0012); they now ask what reading asks, so
that a user's role may not add a record as someone else's it may not see, nor give its
record away to them (the services' rule of who may be given a record asks no more).

On SQLite this revision does nothing.
"""

from __future__ import annotations

import importlib
from typing import Any

from alembic import op

revision = "0024_record_functions"
down_revision = "0023_open_work_index"
branch_labels = None
depends_on = None

#: the columns a record's name is made of (title fields and the name order), in any type
NAME_COLUMNS = ("first_name", "last_name", "name", "number", "subject", "title", "name_order")
#: the columns that keep the name of a linked record, and the links they follow
CACHE_COLUMNS = (
    "campaign_name", "contact_name", "depends_on_name", "opportunity_name",
    "organization_name", "parent_name", "product_name", "project_name", "quote_name",
    "related_name", "renewed_from_name", "reports_to_name",
)  # fmt: skip
LINK_COLUMNS = (
    "campaign_id", "contact_id", "depends_on_id", "opportunity_id", "organization_id",
    "parent_id", "product_id", "project_id", "quote_id", "related_id", "renewed_from_id",
    "reports_to_id",
)  # fmt: skip
#: 0012's stored value of a name order that puts the family name first
FAMILY_FIRST = "Family name first"

#: what these functions are declared with
DEFINER = "SECURITY DEFINER SET search_path = {path}"
#: the owner's login acting for a user (0012's setting) acts for nobody inside them: the
#: setting is cleared and put back (a SET clause of the function would need a superuser)
CLEAR = "PERFORM set_config('crm.user_id', '', true);"
RESTORE = "PERFORM set_config('crm.user_id', coalesce(prior, ''), true);"

RECORD_TABLE = """
CREATE FUNCTION crm_record_table(record_table regclass) RETURNS regclass
LANGUAGE plpgsql STABLE SET search_path = {path} AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_class c, pg_class u
            WHERE c.oid = record_table AND u.oid = 'users'::regclass AND c.relrowsecurity
              AND c.relowner = u.relowner AND c.relnamespace = u.relnamespace) THEN
        RAISE EXCEPTION 'not a record table: %', record_table;
    END IF;
    RETURN record_table;
END $$
"""

VISIBLE_OWNERS = """
CREATE OR REPLACE FUNCTION crm_visible_owners(wanted_type text) RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = {path} AS $$
DECLARE
    owner oid := (SELECT relowner FROM pg_class WHERE oid = 'users'::regclass);
BEGIN
    IF (SELECT oid FROM pg_roles WHERE rolname = current_user) = owner
       AND NOT pg_has_role(session_user, owner, 'MEMBER') THEN
        RETURN NULL;  -- inside a function of the owner, called by a user's own role
    END IF;
    RETURN crm_rule_owners(wanted_type);
END $$
"""

RECORD_OWNER = """
CREATE FUNCTION crm_record_owner(record_table regclass, record_id integer)
RETURNS TABLE (owner_id integer, deleted boolean)
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE
    prior text := current_setting('crm.user_id', true);
BEGIN
    {clear}
    RETURN QUERY EXECUTE format(
        'SELECT owner_id, deleted_at IS NOT NULL FROM %s WHERE id = $1',
        crm_record_table(record_table)) USING record_id;
    {restore}
END $$
"""

RECORD_NAME = """
CREATE FUNCTION crm_record_name(record_table regclass, record_id integer, name_columns text[])
RETURNS text[]
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE
    prior text := current_setting('crm.user_id', true);
    found text[];
BEGIN
    {clear}
    IF NOT name_columns <@ ARRAY[{names}] THEN
        RAISE EXCEPTION 'not name columns: %', name_columns;
    END IF;
    EXECUTE format('SELECT ARRAY[%s]::text[] FROM %s WHERE id = $1',
        (SELECT string_agg(format('%I::text', c), ', ' ORDER BY o)
            FROM unnest(name_columns) WITH ORDINALITY AS n(c, o)),
        crm_record_table(record_table)) INTO found USING record_id;
    {restore}
    RETURN found;
END $$
"""

SWAP_WORDS = """
CREATE FUNCTION crm_swap_words(words text, old text, new text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = {path} AS $$
    SELECT btrim(regexp_replace(
        CASE WHEN coalesce(old, '') = '' OR strpos(' ' || words || ' ', ' ' || old || ' ') = 0
             THEN coalesce(words, '') || ' ' || new
             ELSE overlay(' ' || words || ' ' PLACING ' ' || new || ' '
                          FROM strpos(' ' || words || ' ', ' ' || old || ' ')
                          FOR length(old) + 2) END,
        ' {{2,}}', ' ', 'g'))
$$
"""

REFRESH_NAME = """
CREATE FUNCTION crm_refresh_name(
    target_table regclass, target_id integer, title_columns text[], order_column text,
    referring_table regclass, link_column text, type_column text, type_key text,
    cache_column text, folded_name text, searchable boolean)
RETURNS void
LANGUAGE plpgsql VOLATILE {definer} AS $$
DECLARE
    prior text := current_setting('crm.user_id', true);
    titles text[];
    ordering text;
    name text;
    key_column text := cache_column || '_key';
    has_key boolean;
    old_words text;
BEGIN
    IF NOT (title_columns <@ ARRAY[{names}] AND coalesce(order_column = 'name_order', true)
            AND link_column = ANY (ARRAY[{links}]) AND cache_column = ANY (ARRAY[{caches}])
            AND coalesce(type_column = 'related_type', true)) THEN
        RAISE EXCEPTION 'not a cached name';
    END IF;
    {clear}
    EXECUTE format('SELECT ARRAY[%s]::text[], %s FROM %s WHERE id = $1',
        (SELECT string_agg(format('%I::text', c), ', ' ORDER BY o)
            FROM unnest(title_columns) WITH ORDINALITY AS n(c, o)),
        CASE WHEN order_column IS NULL THEN 'NULL::text' ELSE format('%I::text', order_column) END,
        crm_record_table(target_table)) INTO titles, ordering USING target_id;
    IF titles IS NULL THEN
        {restore}
        RETURN;
    END IF;
    IF ordering = '{family_first}' THEN
        titles := ARRAY(SELECT titles[i] FROM generate_subscripts(titles, 1) AS i ORDER BY i DESC);
    END IF;
    name := btrim(array_to_string(
        ARRAY(SELECT t FROM unnest(titles) WITH ORDINALITY AS u(t, i) WHERE t <> '' ORDER BY i),
        ' '));
    has_key := EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = referring_table
                       AND attname = key_column AND attnum > 0 AND NOT attisdropped);
    old_words := CASE WHEN has_key THEN format('%I', key_column)
                      ELSE format('lower(btrim(regexp_replace(coalesce(%I, %L), %L, %L, %L)))',
                                  cache_column, '', '\\s+', ' ', 'g') END;
    EXECUTE format(
        'UPDATE %s SET %I = $1%s, search_text = CASE WHEN $4 '
        'THEN crm_swap_words(search_text, %s, $2) ELSE search_text END '
        'WHERE %I = $3%s AND %I IS DISTINCT FROM $1',
        crm_record_table(referring_table), cache_column,
        CASE WHEN has_key THEN format(', %I = $2', key_column) ELSE '' END,
        old_words, link_column,
        CASE WHEN type_column IS NULL THEN '' ELSE format(' AND %I = $5', type_column) END,
        cache_column)
    USING name, folded_name, target_id, searchable, type_key;
    {restore}
END $$
"""


def _quoted(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def _acting() -> Any:
    """Migration 0022, which wrote the rule of who sees which owners as it stands."""
    return importlib.import_module(
        "crm_desktop.models.migrations.versions.0022_user_database_roles"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from crm_desktop.models.database_roles import RECORD_FUNCTIONS, ensure_groups, may_create_roles

    conn = op.get_bind()
    schema = conn.execute(_schema()).scalar_one()
    path = f"pg_catalog, {schema}, pg_temp"
    definer = DEFINER.format(path=path)
    rule = _acting()._visible_owners(_first_rule(), path)
    op.execute(rule.replace("OR REPLACE FUNCTION crm_visible_owners", "FUNCTION crm_rule_owners"))
    op.execute(VISIBLE_OWNERS.format(path=path))
    op.execute(RECORD_TABLE.format(path=path))
    op.execute(SWAP_WORDS.format(path=path))
    op.execute(RECORD_OWNER.format(definer=definer, clear=CLEAR, restore=RESTORE))
    names = _quoted(NAME_COLUMNS)
    op.execute(RECORD_NAME.format(definer=definer, clear=CLEAR, restore=RESTORE, names=names))
    op.execute(
        REFRESH_NAME.format(
            definer=definer,
            clear=CLEAR,
            restore=RESTORE,
            names=names,
            links=_quoted(LINK_COLUMNS),
            caches=_quoted(CACHE_COLUMNS),
            family_first=FAMILY_FIRST,
        )
    )
    _check_writes(conn, lambda read: read)
    for function in RECORD_FUNCTIONS:
        op.execute(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
    if may_create_roles(conn):
        ensure_groups(conn)


def _check_writes(conn: Any, check: Any) -> None:
    """The write policies of every record table check ``check(its read condition)``."""
    import sqlalchemy as sa

    rows = conn.execute(
        sa.text(
            "SELECT tablename, qual FROM pg_policies WHERE schemaname = current_schema()"
            " AND policyname = tablename || '_read'"
        )
    ).all()
    for table, read in rows:
        condition = check(read)
        op.execute(f"ALTER POLICY {table}_add ON {table} WITH CHECK ({condition})")
        op.execute(f"ALTER POLICY {table}_change ON {table} WITH CHECK ({condition})")


def _schema() -> Any:
    import sqlalchemy as sa

    return sa.text("SELECT quote_ident(current_schema())")


def _first_rule() -> str:
    first = importlib.import_module("crm_desktop.models.migrations.versions.0012_row_security")
    return str(first.VISIBLE_OWNERS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from crm_desktop.models.database_roles import RECORD_FUNCTIONS

    _check_writes(op.get_bind(), lambda _read: "true")
    for function in RECORD_FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP FUNCTION crm_swap_words(text, text, text)")
    op.execute("DROP FUNCTION crm_record_table(regclass)")
    schema = op.get_bind().execute(_schema()).scalar_one()
    path = f"pg_catalog, {schema}, pg_temp"
    # the policies depend on crm_visible_owners: replaced as 0022 left it, not dropped
    op.execute(_acting()._visible_owners(_first_rule(), path))
    op.execute("DROP FUNCTION crm_rule_owners(text)")
