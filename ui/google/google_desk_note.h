#pragma once

#include "sync/desk_sync_status.h"

#include <QCoreApplication>
#include <QString>

namespace empfang {

/// The words every desk shows about a practitioner's sync desk (docs/ARCHITECTURE.md §8): in
/// Settings › Google-Kalender and on the grid's column header.
class GoogleDeskNote
{
    Q_DECLARE_TR_FUNCTIONS(GoogleDeskNote)
public:
    /// "via this desk" / "via <desk>" for the table column; empty when nobody syncs.
    static QString deskColumn(const DeskSyncStatus &s);
    /// The sentences under the table for the selected practitioner (may be empty).
    static QString details(const DeskSyncStatus &s);
    /// The warning when the sync desk has not run for long (empty: none).
    static QString silentWarning(const DeskSyncStatus &s);
};

} // namespace empfang
