#include "cached_statement.h"

#include "database.h"

#include <QHash>
#include <QMutex>

namespace empfang {

namespace {

// Per Database (each is used on one thread; the map itself is shared by the GUI thread and the
// grid loader's thread), statement text → prepared query not in use right now.
QMutex g_mutex;
QHash<const Database *, QHash<QString, QSqlQuery>> &cache()
{
    static QHash<const Database *, QHash<QString, QSqlQuery>> map;
    return map;
}

} // namespace

CachedStatement::CachedStatement(Database &db, const QString &statement)
    : m_db(db), m_statement(statement)
{
    {
        QMutexLocker lock(&g_mutex);
        auto found = cache().find(&db);
        if (found != cache().end()) {
            if (auto q = found->find(statement); q != found->end()) {
                m_query = std::move(q.value());
                found->erase(q);
                m_prepared = true;
            }
        }
    }
    if (!m_prepared)
        m_query = QSqlQuery(db.connection());
}

CachedStatement::~CachedStatement()
{
    if (!m_prepared || !m_keep)
        return;
    m_query.finish(); // ends the read, keeps the prepared statement
    QMutexLocker lock(&g_mutex);
    cache()[&m_db].insert(m_statement, std::move(m_query));
}

bool CachedStatement::run(const QVariantList &values, QString *error)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_statement)) {
            *error = Database::queryFailed(m_query);
            m_keep = false;
            return false;
        }
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // As sql::run: a null QString binds as "" (NOT NULL text columns), a null QVariant NULL.
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            m_query.bindValue(i, QStringLiteral(""));
        else
            m_query.bindValue(i, v);
    }
    if (!m_query.exec()) {
        *error = Database::queryFailed(m_query);
        m_keep = false; // a failed statement is prepared anew next time
        return false;
    }
    return true;
}

void CachedStatement::forget(const Database *db)
{
    QHash<QString, QSqlQuery> dropped;
    {
        QMutexLocker lock(&g_mutex);
        dropped = cache().take(db);
    }
    // Destroyed here, before the caller closes the connection they were prepared on.
}

} // namespace empfang
