#include "google/google_desk_note.h"

#include <QDateTime>
#include <QLocale>

namespace empfang {

namespace {

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                              QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace

QString GoogleDeskNote::deskColumn(const DeskSyncStatus &s)
{
    if (s.syncDeskName.isEmpty())
        return {};
    if (s.thisDesk)
        return tr("this desk");
    return s.syncDeskSilent ? tr("%1 (not running)").arg(s.syncDeskName) : s.syncDeskName;
}

QString GoogleDeskNote::silentWarning(const DeskSyncStatus &s)
{
    if (!s.syncDeskSilent || s.thisDesk)
        return {};
    return tr("Appointments of this practitioner reach Google only when \"%1\" runs again "
              "(last seen %2).")
        .arg(s.syncDeskName, s.syncDeskLastSeenMs ? when(s.syncDeskLastSeenMs) : tr("never"));
}

QString GoogleDeskNote::details(const DeskSyncStatus &s)
{
    QStringList parts;
    if (!s.syncDeskName.isEmpty())
        parts << (s.thisDesk
                      ? tr("Synchronised by this desk; the access is stored on this computer.")
                      : tr("Synchronised by the desk \"%1\", which keeps the access. To "
                           "synchronise from here instead, connect again at this desk.")
                            .arg(s.syncDeskName));
    if (!s.syncDeskName.isEmpty())
        parts << (s.lastSyncMs ? tr("Last exchange with Google: %1.").arg(when(s.lastSyncMs))
                               : tr("No exchange with Google yet."));
    if (s.waiting > 0)
        parts << tr("%n change(s) not yet in Google.", nullptr, s.waiting);
    if (const QString warning = silentWarning(s); !warning.isEmpty())
        parts << warning;
    if (!s.revokePendingAt.isEmpty())
        parts << tr("The access is withdrawn at Google as soon as the desk \"%1\" runs. To "
                    "withdraw it at once, remove Empfang in the Google account under "
                    "Google-Konto → Sicherheit → Drittanbieter-Zugriffe.")
                     .arg(s.revokePendingAt);
    return parts.join(u' ');
}

} // namespace empfang
