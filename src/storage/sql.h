#pragma once

#include "database.h"
#include "domain/result.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace empfang::sql {

/// Prepares, binds in order, executes. On failure `error` gets the German sentence.
inline bool run(QSqlQuery &q, const QString &statement, const QVariantList &values, QString *error)
{
    if (!q.prepare(statement)) {
        *error = Database::queryFailed(q);
        return false;
    }
    const QString verb = statement.trimmed().left(7).toUpper();
    const bool writes =
        verb.startsWith(QLatin1String("INSERT")) || verb.startsWith(QLatin1String("UPDATE")) ||
        verb.startsWith(QLatin1String("DELETE")) || verb.startsWith(QLatin1String("REPLACE"));
    if (writes && !Database::mayWrite(q, error))
        return false;
    for (const QVariant &v : values) {
        // QSQLITE binds a null QString as NULL, which NOT NULL text columns refuse: an unset
        // phone or colour means "empty". A null QVariant (sql::dateValue) still means NULL.
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        *error = Database::queryFailed(q);
        return false;
    }
    return true;
}

/// One statement whose rows nobody reads (an UPDATE, a DELETE): done, or the German sentence.
inline Status exec(Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    QString error;
    if (!run(q, statement, values, &error))
        return Status::failure(error);
    return success();
}

/// The id of the row an `INSERT … RETURNING id` just wrote (both databases know RETURNING;
/// QSqlQuery::lastInsertId() does not work on PostgreSQL).
inline qint64 insertedId(QSqlQuery &q)
{
    return q.next() ? q.value(0).toLongLong() : -1;
}

/// Dates are stored as ISO text (portable, sortable); null stays NULL.
inline QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace empfang::sql
