#include "migrations.h"

namespace empfang {

QStringList MigrationStatement::forDialect(SqlDialect d) const
{
    if (d == SqlDialect::PostgreSQL && postgres)
        return *postgres;
    if (sqlite.isEmpty())
        return {};
    return {dialect::portableDdl(d, sqlite)};
}

namespace {

// PostgreSQL's form of v5's span triggers: keeps span_limits.max_ms at the longest span.
QStringList postgresSpanTrigger(const QString &table, const QString &startColumn,
                                const QString &endColumn)
{
    const QString fn = QStringLiteral("empfang_span_%1").arg(table);
    return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF NEW.%3 IS NOT NULL AND NEW.%2 IS NOT NULL THEN "
                           "UPDATE span_limits SET max_ms = NEW.%3 - NEW.%2 "
                           "WHERE name = '%4' AND max_ms < NEW.%3 - NEW.%2; END IF; "
                           "RETURN NULL; END $$")
                .arg(fn, startColumn, endColumn, table),
            QStringLiteral("CREATE TRIGGER %1_span AFTER INSERT OR UPDATE OF %2, %3 ON %1 "
                           "FOR EACH ROW EXECUTE FUNCTION %4()")
                .arg(table, startColumn, endColumn, fn)};
}

// Version 6's change log (docs/ARCHITECTURE.md, "Every desk is live"): every change of an
// appointment, absence or the practice's set-up leaves a row that other desks and
// `empfang-cli watch` read; on PostgreSQL the same row is also announced by NOTIFY. The last
// 10 000 rows are kept — a desk that was away longer reloads everything.
QList<MigrationStatement> changeTriggers(const QString &table, const QString &kind,
                                         const QString &item, const QString &practitioner,
                                         const QString &start = QString(),
                                         const QString &end = QString())
{
    auto value = [](const QString &row, const QString &column) {
        return column.isEmpty() ? QStringLiteral("NULL") : row + u'.' + column;
    };
    auto insert = [&](const QString &row) {
        return QStringLiteral("INSERT INTO change_log (kind, item_id, practitioner_id, start_ms, "
                              "end_ms) SELECT '%1', %2, %3, %4, %5")
            .arg(kind, value(row, item), value(row, practitioner), value(row, start),
                 value(row, end));
    };
    const QString prune = QStringLiteral(
        "DELETE FROM change_log WHERE id < (SELECT max(id) FROM change_log) - 10000;");
    // A move changes two places of the grid: the old one is logged too.
    const QString moved = start.isEmpty()
                              ? QStringLiteral("0")
                              : QStringLiteral("OLD.%1 <> NEW.%1 OR OLD.%2 <> NEW.%2 OR "
                                               "OLD.%3 <> NEW.%3")
                                    .arg(practitioner, start, end);
    return {
        MigrationStatement::per(
            QStringLiteral("CREATE TRIGGER %1_change_insert AFTER INSERT ON %1 BEGIN %2; %3 END")
                .arg(table, insert(QStringLiteral("NEW")), prune),
            {QStringLiteral("CREATE TRIGGER %1_change AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH ROW EXECUTE FUNCTION empfang_note_change('%2', '%3', '%4', "
                            "'%5', '%6')")
                 .arg(table, kind, item, start, end, practitioner)}),
        MigrationStatement::per(
            QStringLiteral("CREATE TRIGGER %1_change_update AFTER UPDATE ON %1 BEGIN "
                           "%2 WHERE %3; %4; %5 END")
                .arg(table, insert(QStringLiteral("OLD")), moved, insert(QStringLiteral("NEW")),
                     prune),
            {}),
        MigrationStatement::per(
            QStringLiteral("CREATE TRIGGER %1_change_delete AFTER DELETE ON %1 BEGIN %2; %3 END")
                .arg(table, insert(QStringLiteral("OLD")), prune),
            {}),
    };
}

QList<MigrationStatement> versionSix()
{
    QList<MigrationStatement> v = {
        // PostgreSQL refuses two booked appointments of one practitioner whose buffered times
        // overlap — the last line of defence behind BookingService's checks, for any writer.
        // The buffers are those of the type when the row was written (a trigger keeps them).
        MigrationStatement::postgresOnly({
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS btree_gist"),
            QStringLiteral("ALTER TABLE appointments ADD COLUMN guard_start_ms BIGINT, "
                           "ADD COLUMN guard_end_ms BIGINT"),
            QStringLiteral("CREATE FUNCTION empfang_guard() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$ BEGIN SELECT NEW.start_ms - 60000 * t.buffer_before, "
                           "NEW.end_ms + 60000 * t.buffer_after "
                           "INTO NEW.guard_start_ms, NEW.guard_end_ms "
                           "FROM appointment_types t WHERE t.id = NEW.type_id; "
                           "RETURN NEW; END $$"),
            QStringLiteral("CREATE TRIGGER appointments_guard BEFORE INSERT OR UPDATE OF "
                           "start_ms, end_ms, type_id ON appointments "
                           "FOR EACH ROW EXECUTE FUNCTION empfang_guard()"),
            QStringLiteral("UPDATE appointments a SET "
                           "guard_start_ms = a.start_ms - 60000 * t.buffer_before, "
                           "guard_end_ms = a.end_ms + 60000 * t.buffer_after "
                           "FROM appointment_types t WHERE t.id = a.type_id"),
            QStringLiteral("ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap "
                           "EXCLUDE USING gist (practitioner_id WITH =, "
                           "int8range(guard_start_ms, guard_end_ms) WITH &&) "
                           "WHERE (status = 'booked')"),
        }),
        QStringLiteral("CREATE TABLE change_log (id INTEGER PRIMARY KEY, "
                       "kind VARCHAR(16) NOT NULL, item_id BIGINT, practitioner_id BIGINT, "
                       "start_ms BIGINT, end_ms BIGINT)"),
        MigrationStatement::postgresOnly({
            QStringLiteral(
                "CREATE FUNCTION empfang_log_change(kind text, r jsonb, item text, s text, "
                "e text, p text) RETURNS void LANGUAGE plpgsql AS $$ "
                "DECLARE new_id integer; "
                "BEGIN INSERT INTO change_log (kind, item_id, practitioner_id, start_ms, end_ms) "
                "VALUES (kind, (r->>item)::bigint, (r->>p)::bigint, (r->>s)::bigint, "
                "(r->>e)::bigint) RETURNING id INTO new_id; "
                // Every 1000th row, a bounded range: rows deleted earlier in the same
                // transaction stay in the index until it ends, so an open-ended "id < …" per
                // row would walk all of them again (quadratic in a bulk copy).
                "IF new_id % 1000 = 0 THEN DELETE FROM change_log "
                "WHERE id >= new_id - 11000 AND id < new_id - 10000; END IF; "
                "PERFORM pg_notify('empfang_changes', new_id::text); END $$"),
            QStringLiteral(
                "CREATE FUNCTION empfang_note_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "DECLARE o jsonb; r jsonb; "
                "BEGIN "
                "IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF; "
                "IF TG_OP <> 'DELETE' THEN r := to_jsonb(NEW); ELSE r := o; END IF; "
                "IF TG_OP = 'UPDATE' AND (o->>TG_ARGV[4] IS DISTINCT FROM r->>TG_ARGV[4] "
                "OR o->>TG_ARGV[2] IS DISTINCT FROM r->>TG_ARGV[2] "
                "OR o->>TG_ARGV[3] IS DISTINCT FROM r->>TG_ARGV[3]) THEN "
                "PERFORM empfang_log_change(TG_ARGV[0], o, TG_ARGV[1], TG_ARGV[2], TG_ARGV[3], "
                "TG_ARGV[4]); END IF; "
                "PERFORM empfang_log_change(TG_ARGV[0], r, TG_ARGV[1], TG_ARGV[2], TG_ARGV[3], "
                "TG_ARGV[4]); "
                "RETURN NULL; END $$"),
        }),
    };
    const QString id = QStringLiteral("id");
    const QString practitioner = QStringLiteral("practitioner_id");
    v += changeTriggers(QStringLiteral("appointments"), QStringLiteral("appointment"), id,
                        practitioner, QStringLiteral("start_ms"), QStringLiteral("end_ms"));
    v += changeTriggers(QStringLiteral("absences"), QStringLiteral("absence"), id, practitioner,
                        QStringLiteral("start_ms"), QStringLiteral("end_ms"));
    v += changeTriggers(QStringLiteral("google_events"), QStringLiteral("sync"),
                        QStringLiteral("appointment_id"), practitioner);
    v += changeTriggers(QStringLiteral("google_connections"), QStringLiteral("google"),
                        practitioner, practitioner);
    v += changeTriggers(QStringLiteral("practitioners"), QStringLiteral("setup"), id, id);
    v += changeTriggers(QStringLiteral("working_hours"), QStringLiteral("setup"), id, practitioner);
    v += changeTriggers(QStringLiteral("practitioner_types"), QStringLiteral("setup"), QString(),
                        practitioner);
    v +=
        changeTriggers(QStringLiteral("appointment_types"), QStringLiteral("setup"), id, QString());
    v += changeTriggers(QStringLiteral("settings"), QStringLiteral("setup"), QString(), QString());
    return v;
}

QList<MigrationStatement> versionSeven()
{
    QList<MigrationStatement> v = {
        // Every desk that ran, with its name and when it was last seen (docs/ARCHITECTURE.md §8):
        // other desks warn when a practitioner's sync desk has been silent for long.
        QStringLiteral("CREATE TABLE desks (id VARCHAR(128) PRIMARY KEY, "
                       "name VARCHAR(200) NOT NULL, last_seen_ms BIGINT NOT NULL)"),
        // The desk whose keychain holds the practitioner's token and which alone talks to
        // Google for them; NULL: connected before there were desks (the first desk that finds
        // the token adopts it) or not connected.
        QStringLiteral("ALTER TABLE google_connections ADD COLUMN sync_desk VARCHAR(128)"),
        // After a disconnect at another desk: the desk that still holds the token and must
        // revoke it at Google, then delete it (docs/ARCHITECTURE.md §8).
        QStringLiteral("ALTER TABLE google_connections ADD COLUMN revoke_desk VARCHAR(128)"),
        QStringLiteral("ALTER TABLE consent_log ADD COLUMN desk VARCHAR(200) NOT NULL DEFAULT ''"),
        // Which process sends a row right now, until when: two desks (or a desk's window and
        // its empfang-cli) never send the same write; a holder that died frees it on expiry.
        QStringLiteral("ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(200)"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN claimed_until_ms BIGINT NOT NULL DEFAULT 0"),
        // Per practitioner, the last time Google confirmed a write or answered busy times.
        // Its own table without change triggers: it changes with every sync.
        QStringLiteral("CREATE TABLE sync_progress (practitioner_id INTEGER PRIMARY KEY, "
                       "last_sync_ms BIGINT NOT NULL)"),
        // A desk without the token asks the sync desk for fresh busy times (the grid, the
        // check before a booking); answered_ms is set when the busy cache holds the answer.
        QStringLiteral("CREATE TABLE busy_requests (id INTEGER PRIMARY KEY, "
                       "practitioner_id BIGINT NOT NULL, start_ms BIGINT NOT NULL, "
                       "end_ms BIGINT NOT NULL, desk VARCHAR(128) NOT NULL, "
                       "created_ms BIGINT NOT NULL, answered_ms BIGINT, "
                       "fresh INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX busy_requests_open ON busy_requests (answered_ms)"),
    };
    v += changeTriggers(QStringLiteral("busy_requests"), QStringLiteral("request"),
                        QStringLiteral("id"), QStringLiteral("practitioner_id"),
                        QStringLiteral("start_ms"), QStringLiteral("end_ms"));
    return v;
}

} // namespace

const QList<QList<MigrationStatement>> &migrationSteps()
{
    static const QList<QList<MigrationStatement>> steps = {
        // Version 1: the local booking core.
        {
            QStringLiteral("CREATE TABLE settings (key VARCHAR(64) PRIMARY KEY, "
                           "value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE practitioners (id INTEGER PRIMARY KEY, "
                           "name VARCHAR(200) NOT NULL, color VARCHAR(16) NOT NULL DEFAULT '', "
                           "active INTEGER NOT NULL DEFAULT 1, created_ms BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE appointment_types (id INTEGER PRIMARY KEY, "
                           "name VARCHAR(200) NOT NULL, "
                           "minutes INTEGER NOT NULL CHECK (minutes > 0), "
                           "buffer_before INTEGER NOT NULL DEFAULT 0 CHECK (buffer_before >= 0), "
                           "buffer_after INTEGER NOT NULL DEFAULT 0 CHECK (buffer_after >= 0), "
                           "color VARCHAR(16) NOT NULL DEFAULT '', "
                           "active INTEGER NOT NULL DEFAULT 1)"),
            // No rows for a practitioner = offers every type ("unless restricted").
            QStringLiteral("CREATE TABLE practitioner_types ("
                           "practitioner_id INTEGER NOT NULL REFERENCES practitioners(id) "
                           "ON DELETE CASCADE, "
                           "type_id INTEGER NOT NULL REFERENCES appointment_types(id) "
                           "ON DELETE CASCADE, "
                           "minutes INTEGER CHECK (minutes IS NULL OR minutes > 0), "
                           "PRIMARY KEY (practitioner_id, type_id))"),
            QStringLiteral("CREATE TABLE working_hours (id INTEGER PRIMARY KEY, "
                           "practitioner_id INTEGER NOT NULL REFERENCES practitioners(id) "
                           "ON DELETE CASCADE, "
                           "weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), "
                           "from_minute INTEGER NOT NULL, to_minute INTEGER NOT NULL, "
                           "valid_from VARCHAR(10), valid_to VARCHAR(10), "
                           "CHECK (0 <= from_minute AND from_minute < to_minute "
                           "AND to_minute < 1440))"),
            QStringLiteral("CREATE TABLE absences (id INTEGER PRIMARY KEY, "
                           "practitioner_id INTEGER NOT NULL REFERENCES practitioners(id) "
                           "ON DELETE CASCADE, "
                           "start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL, "
                           "reason VARCHAR(200) NOT NULL DEFAULT '', "
                           "CHECK (start_ms < end_ms))"),
            QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY, "
                           "name VARCHAR(200) NOT NULL, birth_date VARCHAR(10), "
                           "phone VARCHAR(64) NOT NULL DEFAULT '', "
                           "email VARCHAR(200) NOT NULL DEFAULT '', "
                           "created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX patients_name ON patients (name)"),
            QStringLiteral("CREATE TABLE appointments (id INTEGER PRIMARY KEY, "
                           "practitioner_id INTEGER NOT NULL REFERENCES practitioners(id), "
                           "type_id INTEGER NOT NULL REFERENCES appointment_types(id), "
                           "patient_id INTEGER REFERENCES patients(id), "
                           "start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL, "
                           "status VARCHAR(16) NOT NULL DEFAULT 'booked' CHECK (status IN "
                           "('booked', 'cancelled', 'no_show', 'completed')), "
                           "note TEXT NOT NULL DEFAULT '', "
                           "created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL, "
                           "CHECK (start_ms < end_ms))"),
            QStringLiteral("CREATE INDEX appointments_practitioner_start "
                           "ON appointments (practitioner_id, start_ms)"),
            QStringLiteral("CREATE INDEX appointments_patient ON appointments (patient_id)"),
        },
        // Version 2: Google connection per practitioner and the consent log (issue 3).
        // Deliberately no token column anywhere: the refresh token lives in the OS keychain,
        // the access token in memory. The outbox and the busy cache of the sync issue come
        // as their own tables in a later version.
        {
            QStringLiteral("CREATE TABLE google_connections ("
                           "practitioner_id INTEGER PRIMARY KEY REFERENCES practitioners(id) "
                           "ON DELETE CASCADE, "
                           "state VARCHAR(24) NOT NULL DEFAULT 'none' CHECK (state IN "
                           "('none', 'connected', 'read_only', 'revoked_externally')), "
                           "granted_scopes TEXT NOT NULL DEFAULT '', "
                           "busy_calendars TEXT NOT NULL DEFAULT '[\"primary\"]', "
                           "booking_calendar VARCHAR(1024) NOT NULL DEFAULT 'primary', "
                           "google_account VARCHAR(320) NOT NULL DEFAULT '', "
                           "calendars_json TEXT NOT NULL DEFAULT '[]', "
                           "updated_ms BIGINT NOT NULL)"),
            // An audit trail: no foreign key, so it outlives the practitioner row it names.
            QStringLiteral("CREATE TABLE consent_log (id INTEGER PRIMARY KEY, "
                           "practitioner_id INTEGER NOT NULL, "
                           "action VARCHAR(24) NOT NULL CHECK (action IN "
                           "('granted', 'withdrawn', 'revoked_externally', 'scopes_reduced')), "
                           "at_ms BIGINT NOT NULL, "
                           "notice_version VARCHAR(32) NOT NULL DEFAULT '', "
                           "notice_sha256 VARCHAR(64) NOT NULL DEFAULT '', "
                           "granted_scopes TEXT NOT NULL DEFAULT '', "
                           "os_user VARCHAR(200) NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX consent_log_practitioner "
                           "ON consent_log (practitioner_id, at_ms)"),
        },
        // Version 3: calendar sync (issue 4). Still no token anywhere.
        {
            // A random id per database, part of every event id we give Google: a re-created
            // database restarts appointment ids at 1, and Google refuses (409) an id it has
            // ever seen in a calendar, even of a deleted event.
            QStringLiteral("CREATE TABLE sync_meta (id INTEGER PRIMARY KEY CHECK (id = 1), "
                           "database_id VARCHAR(32) NOT NULL)"),
            MigrationStatement::per(
                QStringLiteral("INSERT INTO sync_meta (id, database_id) "
                               "VALUES (1, lower(hex(randomblob(8))))"),
                {QStringLiteral("INSERT INTO sync_meta (id, database_id) VALUES (1, "
                                "substr(md5(random()::text || clock_timestamp()::text), 1, 16))")}),
            // Pending writes to Google, written in the booking's own transaction. At most one
            // open row per appointment and calendar: later changes fold into it.
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY, "
                           "appointment_id INTEGER NOT NULL REFERENCES appointments(id) "
                           "ON DELETE CASCADE, "
                           "practitioner_id INTEGER NOT NULL, "
                           "calendar_id VARCHAR(1024) NOT NULL, "
                           "event_id VARCHAR(1024) NOT NULL, "
                           "operation VARCHAR(8) NOT NULL CHECK (operation IN "
                           "('insert', 'patch', 'delete')), "
                           "attempts INTEGER NOT NULL DEFAULT 0, "
                           // Bumped on every change, so a push whose answer arrives after
                           // the receptionist changed the booking again does not close it.
                           "revision INTEGER NOT NULL DEFAULT 0, "
                           "next_attempt_ms BIGINT NOT NULL DEFAULT 0, "
                           "state VARCHAR(8) NOT NULL DEFAULT 'pending' CHECK (state IN "
                           "('pending', 'failed', 'done')), "
                           "last_error TEXT NOT NULL DEFAULT '', "
                           "created_ms BIGINT NOT NULL, updated_ms BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt_ms)"),
            QStringLiteral("CREATE INDEX outbox_appointment ON outbox (appointment_id)"),
            // What Google holds for an appointment: where, which etag, at which time (remote_*,
            // so our own busy time is not counted twice) and whether it is in sync.
            QStringLiteral("CREATE TABLE google_events ("
                           "appointment_id INTEGER PRIMARY KEY REFERENCES appointments(id) "
                           "ON DELETE CASCADE, "
                           "practitioner_id INTEGER NOT NULL, "
                           "calendar_id VARCHAR(1024) NOT NULL, "
                           "event_id VARCHAR(1024) NOT NULL, "
                           "generation INTEGER NOT NULL DEFAULT 0, "
                           "etag VARCHAR(256) NOT NULL DEFAULT '', "
                           "sync_state VARCHAR(12) NOT NULL DEFAULT 'pending' CHECK (sync_state "
                           "IN ('pending', 'synced', 'failed', 'conflict')), "
                           "remote_start_ms BIGINT, remote_end_ms BIGINT, "
                           "google_changed_note TEXT NOT NULL DEFAULT '', "
                           "updated_ms BIGINT NOT NULL)"),
            // Busy intervals only: no titles, no attendees, nothing else from Google.
            QStringLiteral("CREATE TABLE busy_cache (id INTEGER PRIMARY KEY, "
                           "practitioner_id INTEGER NOT NULL REFERENCES practitioners(id) "
                           "ON DELETE CASCADE, "
                           "calendar_id VARCHAR(1024) NOT NULL, "
                           "start_ms BIGINT NOT NULL, end_ms BIGINT NOT NULL, "
                           "fetched_ms BIGINT NOT NULL, CHECK (start_ms < end_ms))"),
            QStringLiteral("CREATE INDEX busy_cache_practitioner "
                           "ON busy_cache (practitioner_id, start_ms)"),
            // Which practice days of which calendar were fetched when, and with which error
            // (empty = fine): the grid's fresh / stale / missing / not synchronised.
            QStringLiteral("CREATE TABLE busy_fetch ("
                           "practitioner_id INTEGER NOT NULL REFERENCES practitioners(id) "
                           "ON DELETE CASCADE, "
                           "calendar_id VARCHAR(1024) NOT NULL, "
                           "day VARCHAR(10) NOT NULL, "
                           "fetched_ms BIGINT NOT NULL, "
                           "error TEXT NOT NULL DEFAULT '', "
                           "PRIMARY KEY (practitioner_id, calendar_id, day))"),
        },
        // Version 4: front-desk workflows (issue 5): series, audit log.
        {
            // A prescription ("Rezept") booked as one series; its appointments point here so
            // the rest of the series can be moved or cancelled together.
            QStringLiteral("CREATE TABLE appointment_series (id INTEGER PRIMARY KEY, "
                           "type_id INTEGER NOT NULL REFERENCES appointment_types(id), "
                           "created_ms BIGINT NOT NULL)"),
            QStringLiteral("ALTER TABLE appointments ADD COLUMN series_id INTEGER "
                           "REFERENCES appointment_series(id)"),
            QStringLiteral("CREATE INDEX appointments_series ON appointments (series_id)"),
            // Who did what to which appointment, never with patient data: ids only, so the
            // log survives an erasure without keeping the person. No foreign keys, so it
            // outlives the rows it names.
            QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, "
                           "at_ms BIGINT NOT NULL, "
                           "os_user VARCHAR(200) NOT NULL DEFAULT '', "
                           "workstation VARCHAR(255) NOT NULL DEFAULT '', "
                           "action VARCHAR(24) NOT NULL CHECK (action IN ('booked', 'moved', "
                           "'cancelled', 'no_show', 'exported', 'erased', 'retention')), "
                           "appointment_id INTEGER, patient_id INTEGER, "
                           "detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at_ms)"),
        },
        // Version 5: queries bounded by the range they answer (issue 11), so their cost does
        // not grow with the years of history.
        {
            // "Overlaps [lo, hi)" needs a lower bound on the start to use an index on it: no
            // span is longer than the longest ever stored, kept here by triggers (exact, for
            // every writer, also one that does not know about this table).
            QStringLiteral("CREATE TABLE span_limits (name VARCHAR(32) PRIMARY KEY, "
                           "max_ms BIGINT NOT NULL)"),
            QStringLiteral("INSERT INTO span_limits (name, max_ms) SELECT 'appointments', "
                           "COALESCE(MAX(end_ms - start_ms), 0) FROM appointments"),
            QStringLiteral("INSERT INTO span_limits (name, max_ms) SELECT 'google_events', "
                           "COALESCE(MAX(remote_end_ms - remote_start_ms), 0) FROM google_events"),
            MigrationStatement::per(
                QStringLiteral(
                    "CREATE TRIGGER appointments_span_insert AFTER INSERT ON appointments "
                    "BEGIN UPDATE span_limits SET max_ms = NEW.end_ms - NEW.start_ms "
                    "WHERE name = 'appointments' AND max_ms < NEW.end_ms - NEW.start_ms; "
                    "END"),
                postgresSpanTrigger(QStringLiteral("appointments"), QStringLiteral("start_ms"),
                                    QStringLiteral("end_ms"))),
            MigrationStatement::per(
                QStringLiteral(
                    "CREATE TRIGGER appointments_span_update AFTER UPDATE OF start_ms, "
                    "end_ms ON appointments "
                    "BEGIN UPDATE span_limits SET max_ms = NEW.end_ms - NEW.start_ms "
                    "WHERE name = 'appointments' AND max_ms < NEW.end_ms - NEW.start_ms; "
                    "END"),
                {}),
            MigrationStatement::per(
                QStringLiteral(
                    "CREATE TRIGGER google_events_span_insert AFTER INSERT ON google_events "
                    "WHEN NEW.remote_end_ms IS NOT NULL AND NEW.remote_start_ms IS NOT NULL "
                    "BEGIN UPDATE span_limits "
                    "SET max_ms = NEW.remote_end_ms - NEW.remote_start_ms "
                    "WHERE name = 'google_events' "
                    "AND max_ms < NEW.remote_end_ms - NEW.remote_start_ms; END"),
                postgresSpanTrigger(QStringLiteral("google_events"),
                                    QStringLiteral("remote_start_ms"),
                                    QStringLiteral("remote_end_ms"))),
            MigrationStatement::per(
                QStringLiteral(
                    "CREATE TRIGGER google_events_span_update AFTER UPDATE OF "
                    "remote_start_ms, remote_end_ms ON google_events "
                    "WHEN NEW.remote_end_ms IS NOT NULL AND NEW.remote_start_ms IS NOT NULL "
                    "BEGIN UPDATE span_limits "
                    "SET max_ms = NEW.remote_end_ms - NEW.remote_start_ms "
                    "WHERE name = 'google_events' "
                    "AND max_ms < NEW.remote_end_ms - NEW.remote_start_ms; END"),
                {}),
            QStringLiteral("INSERT INTO span_limits (name, max_ms) SELECT 'busy_cache', "
                           "COALESCE(MAX(end_ms - start_ms), 0) FROM busy_cache"),
            MigrationStatement::per(
                QStringLiteral("CREATE TRIGGER busy_cache_span_insert AFTER INSERT ON busy_cache "
                               "BEGIN UPDATE span_limits SET max_ms = NEW.end_ms - NEW.start_ms "
                               "WHERE name = 'busy_cache' AND max_ms < NEW.end_ms - NEW.start_ms; "
                               "END"),
                postgresSpanTrigger(QStringLiteral("busy_cache"), QStringLiteral("start_ms"),
                                    QStringLiteral("end_ms"))),
            // The day list of all practitioners.
            QStringLiteral("CREATE INDEX appointments_start ON appointments (start_ms)"),
            // The grid's own events in Google, per column.
            QStringLiteral("CREATE INDEX google_events_remote "
                           "ON google_events (practitioner_id, remote_start_ms)"),
            // The grid's decoration, all practitioners of a range at once.
            QStringLiteral("CREATE INDEX google_events_remote_start "
                           "ON google_events (remote_start_ms)"),
            QStringLiteral("CREATE INDEX busy_cache_start ON busy_cache (start_ms)"),
            QStringLiteral("CREATE INDEX busy_fetch_day ON busy_fetch (day)"),
            // Absences of a range: those that end after its start.
            QStringLiteral("CREATE INDEX absences_practitioner_end "
                           "ON absences (practitioner_id, end_ms)"),
            // `book --patient NAME`: the name folded for comparison (Unicode case folding, so
            // "MÜLLER" finds "Müller"). SQL folds ASCII only, so existing rows get the key only
            // when their name is plain, simplified ASCII; the others keep NULL and are compared
            // in the program, as is every name a writer changes without setting the key.
            QStringLiteral("ALTER TABLE patients ADD COLUMN name_key VARCHAR(200)"),
            MigrationStatement::per(
                QStringLiteral("UPDATE patients SET name_key = lower(name) "
                               "WHERE name NOT GLOB '*[^ -~]*' AND name = trim(name) "
                               "AND instr(name, '  ') = 0"),
                {QStringLiteral("UPDATE patients SET name_key = lower(name) "
                                "WHERE name ~ '^[ -~]*$' AND name = btrim(name) "
                                "AND position('  ' in name) = 0")}),
            QStringLiteral("CREATE INDEX patients_name_key ON patients (name_key)"),
            MigrationStatement::per(
                QStringLiteral("CREATE TRIGGER patients_name_key_stale AFTER UPDATE OF name ON "
                               "patients WHEN NEW.name_key IS OLD.name_key AND NEW.name IS NOT "
                               "OLD.name "
                               "BEGIN UPDATE patients SET name_key = NULL WHERE id = NEW.id; END"),
                {QStringLiteral("CREATE FUNCTION empfang_name_key_stale() RETURNS trigger "
                                "LANGUAGE plpgsql AS $$ BEGIN "
                                "IF NEW.name_key IS NOT DISTINCT FROM OLD.name_key "
                                "AND NEW.name IS DISTINCT FROM OLD.name THEN "
                                "NEW.name_key := NULL; END IF; RETURN NEW; END $$"),
                 QStringLiteral("CREATE TRIGGER patients_name_key_stale BEFORE UPDATE OF name "
                                "ON patients FOR EACH ROW EXECUTE FUNCTION "
                                "empfang_name_key_stale()")}),
        },
        // Version 6: several desks (issue 13) — the change log every desk follows, and on
        // PostgreSQL the database itself refusing overlapping bookings.
        versionSix(),
        // Version 7: Google with several desks (issue 14) — sync desks, claimed outbox rows,
        // busy-time requests between desks.
        versionSeven(),
    };
    return steps;
}

} // namespace empfang
