// Schema versions 6 and 7: what several desks on one database need — the change log every
// desk follows, the database's own guard against double bookings, and the sync desk of each
// Google connection (docs/ARCHITECTURE.md §7, §8). The list itself is in migrations.cpp.
#include "migrations.h"

namespace empfang {

namespace {

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

} // namespace

QList<MigrationStatement> migrationVersionSix()
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

QList<MigrationStatement> migrationVersionSeven()
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

} // namespace empfang
