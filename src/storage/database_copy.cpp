#include "database_copy.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace empfang {

namespace {

// Filled by the target's own migrations and triggers, not copied: the schema version, the
// span limits (kept by triggers on insert) and the change log (each desk's live feed).
const QStringList kNotCopied = {QStringLiteral("schema_version"), QStringLiteral("span_limits"),
                                QStringLiteral("change_log"),
                                // Questions between running desks: nothing to keep.
                                QStringLiteral("busy_requests")};

QStringList tableNamesOf(Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (q.exec(dialect::tableNames(db.dialect())))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QStringList columnsOf(Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

Result<qint64> countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return Result<qint64>::failure(Database::queryFailed(q));
    return q.value(0).toLongLong();
}

} // namespace

const QStringList &DatabaseCopy::tables()
{
    static const QStringList order = {
        QStringLiteral("settings"),
        QStringLiteral("sync_meta"),
        QStringLiteral("practitioners"),
        QStringLiteral("appointment_types"),
        QStringLiteral("practitioner_types"),
        QStringLiteral("working_hours"),
        QStringLiteral("absences"),
        QStringLiteral("patients"),
        QStringLiteral("appointment_series"),
        QStringLiteral("appointments"),
        QStringLiteral("google_connections"),
        QStringLiteral("consent_log"),
        QStringLiteral("outbox"),
        QStringLiteral("google_events"),
        QStringLiteral("busy_cache"),
        QStringLiteral("busy_fetch"),
        QStringLiteral("audit_log"),
        QStringLiteral("desks"),
        QStringLiteral("sync_progress"),
    };
    return order;
}

Result<QList<DatabaseCopy::TableCount>> DatabaseCopy::copy(Database &from, Database &to)
{
    using R = Result<QList<TableCount>>;
    if (from.schemaVersion() != to.schemaVersion())
        return R::failure(tr("The two databases have different schema versions (%1 and %2). "
                             "Nothing was copied.")
                              .arg(from.schemaVersion())
                              .arg(to.schemaVersion()));
    // A table this version does not know would be lost silently.
    for (const QString &table : tableNamesOf(from)) {
        if (!tables().contains(table) && !kNotCopied.contains(table))
            return R::failure(tr("The database %1 has the table \"%2\", which this version of "
                                 "Empfang cannot copy. Nothing was copied.")
                                  .arg(from.displayName(), table));
    }
    for (const char *table : {"practitioners", "appointment_types", "patients", "appointments"}) {
        auto rows = countRows(to, QString::fromLatin1(table));
        if (!rows)
            return R::failure(rows.error());
        if (rows.value() > 0)
            return R::failure(tr("The target database %1 already holds practice data. Copying "
                                 "only goes into an empty database. Nothing was copied.")
                                  .arg(to.displayName()));
    }

    QSqlQuery snapshot(from.connection());
    if (!snapshot.exec(dialect::beginSnapshot(from.dialect())))
        return R::failure(Database::queryFailed(snapshot));
    struct EndSnapshot
    {
        Database &db;
        ~EndSnapshot() { QSqlQuery(db.connection()).exec(QStringLiteral("COMMIT")); }
    } endSnapshot{from};

    WriteTransaction tx(to);
    if (!tx.started())
        return R::failure(to.lastFailure());
    QList<TableCount> counts;
    for (const QString &table : tables()) {
        const QStringList targetColumns = columnsOf(to, table);
        QStringList columns;
        for (const QString &c : columnsOf(from, table))
            if (targetColumns.contains(c))
                columns << c;
        QSqlQuery clear(to.connection());
        // sync_meta's one row (the database's id in every Google event id) comes from the
        // source; the new database's own random id is replaced.
        if (table == QLatin1String("sync_meta") &&
            !clear.exec(QStringLiteral("DELETE FROM sync_meta")))
            return R::failure(Database::queryFailed(clear));

        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        if (!read.exec(
                QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
            return R::failure(Database::queryFailed(read));
        QSqlQuery write(to.connection());
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", ")))))
            return R::failure(Database::queryFailed(write));
        qint64 copied = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec()) {
                const QString failure = Database::queryFailed(write);
                if (to.lastFault() == StorageFault::Taken)
                    return R::failure(
                        tr("The database %1 holds booked appointments of one practitioner that "
                           "overlap (appointment %2 and another). PostgreSQL refuses those. "
                           "Please move or cancel one of them in the old database, then copy "
                           "again. Nothing was copied.")
                            .arg(from.displayName())
                            .arg(read.value(columns.indexOf(QStringLiteral("id"))).toLongLong()));
                return R::failure(failure);
            }
            ++copied;
        }
        if (read.lastError().type() != QSqlError::NoError)
            return R::failure(Database::queryFailed(read));
        counts << TableCount{table, copied};
    }
    // Verified inside the transaction: a count that differs commits nothing.
    for (const TableCount &c : counts) {
        auto source = countRows(from, c.table);
        auto target = countRows(to, c.table);
        if (!source || !target)
            return R::failure(!source ? source.error() : target.error());
        if (source.value() != target.value() || target.value() != c.rows) {
            qCWarning(lcStorage) << "copy: count of" << c.table << "differs" << source.value()
                                 << target.value() << c.rows;
            return R::failure(tr("The copy of the table \"%1\" is incomplete (%2 of %3 rows). "
                                 "Nothing was copied.")
                                  .arg(c.table)
                                  .arg(target.value())
                                  .arg(source.value()));
        }
    }
    // New rows after the copy must not take ids the copy brought along.
    if (to.isServer()) {
        QSqlQuery sequences(to.connection());
        for (const QString &table : tables()) {
            if (!columnsOf(to, table).contains(QStringLiteral("id")) ||
                table == QLatin1String("sync_meta"))
                continue;
            // Only generated ids have a sequence (desks are named by a text id).
            if (!sequences.exec(
                    QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(table)) ||
                !sequences.next())
                return R::failure(Database::queryFailed(sequences));
            if (sequences.value(0).isNull())
                continue;
            if (!sequences.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                                    .arg(table)))
                return R::failure(Database::queryFailed(sequences));
        }
    }
    if (!tx.commit())
        return R::failure(to.lastFailure());
    return counts;
}

} // namespace empfang
