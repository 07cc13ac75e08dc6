#pragma once

#include "database.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace empfang::sql {

/// Prepares, binds in order, executes. On failure `error` gets the German sentence.
inline bool run(QSqlQuery &q, const QString &statement, const QVariantList &values,
                QString *error)
{
    if (!q.prepare(statement)) {
        *error = Database::queryFailed(q.lastError().text());
        return false;
    }
    for (const QVariant &v : values) {
        // QSQLITE binds a null QString as NULL, which NOT NULL text columns refuse: an unset
        // phone or colour means "empty". A null QVariant (sql::dateValue) still means NULL.
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        *error = Database::queryFailed(q.lastError().text());
        return false;
    }
    return true;
}

/// Dates are stored as ISO text (portable, sortable); null stays NULL.
inline QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace empfang::sql
