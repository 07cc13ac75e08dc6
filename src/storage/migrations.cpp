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
        migrationVersionSix(),
        // Version 7: Google with several desks (issue 14) — sync desks, claimed outbox rows,
        // busy-time requests between desks.
        migrationVersionSeven(),
    };
    return steps;
}

} // namespace empfang
