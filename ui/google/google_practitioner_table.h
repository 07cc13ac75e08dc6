#pragma once

#include "domain/result.h"

#include <QString>

class QTableWidget;

namespace empfang {

class Database;
class GoogleConnectionService;

/// The rows of the Google tab's practitioner table (the table itself is in
/// ui/google/google_tab.ui): per practitioner the connection state, the granted permissions,
/// whether this computer keeps the access (the keychain answers later), the calendars and the
/// desk that synchronises. Its texts are GoogleTab's (translation context), like the tab's
/// other parts.
class GooglePractitionerTable
{
public:
    GooglePractitionerTable(QTableWidget *table, Database &db, GoogleConnectionService &service);

    /// One row per practitioner; the selected one stays selected, else the first is.
    Status reload();
    /// Shows what is stored now about one practitioner's connection.
    void updateRow(qint64 practitionerId);
    /// The practitioner selected in the table (0 = none).
    qint64 current() const;
    void select(qint64 practitionerId);
    QString name(qint64 practitionerId) const;

private:
    QTableWidget *m_table;
    Database &m_db;
    GoogleConnectionService &m_service;
};

} // namespace empfang
