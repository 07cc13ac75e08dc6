#pragma once

#include "postgres_cluster.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

namespace empfang::test {

/// Which database the storage, booking and CLI suites run on: SQLite files (default) or, with
/// EMPFANG_TEST_BACKEND=postgresql (the `_pg` variants CTest registers), fresh databases on a
/// throwaway PostgreSQL cluster.
inline bool onPostgres()
{
    return qEnvironmentVariable("EMPFANG_TEST_BACKEND") == QLatin1String("postgresql");
}

/// A new, empty database for one test: a file `fileName` in `dir`, or a new PostgreSQL
/// database (its URI).
inline QString newDatabase(const QTemporaryDir &dir, const QString &fileName)
{
    if (!onPostgres())
        return dir.filePath(fileName);
    PostgresCluster &cluster = PostgresCluster::shared();
    if (!cluster.isRunning())
        qFatal("no PostgreSQL test cluster: %s", qPrintable(cluster.error()));
    return cluster.createDatabase();
}

/// A connection of the test itself to `pathOrUri` (SQLite file or PostgreSQL URI), to look
/// behind the program's back. The caller opens, closes and removes it.
inline QSqlDatabase testConnection(const QString &pathOrUri, const QString &name,
                                   bool readOnly = true)
{
    if (pathOrUri.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(pathOrUri);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(pathOrUri);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    return db;
}

} // namespace empfang::test
