#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace empfang {

/// One calendar of the practitioner's Google account, from calendarList.
struct GoogleCalendar
{
    QString id;
    QString summary;
    QString accessRole; // owner / writer / reader / freeBusyReader
    bool primary = false;
    bool writable() const
    {
        return accessRole == QLatin1String("owner") || accessRole == QLatin1String("writer");
    }
};

/// A practitioner's Google connection as stored in the database (never a token).
struct GoogleConnection
{
    enum class State { None, Connected, ReadOnly, RevokedExternally };

    qint64 practitionerId = 0;
    State state = State::None;
    QStringList grantedScopes;
    QStringList busyCalendars{QStringLiteral("primary")};
    QString bookingCalendar = QStringLiteral("primary");
    QString googleAccount; // optional hint for the UI, e.g. the primary calendar's id
    QList<GoogleCalendar> calendars;
    qint64 updatedMs = 0;
    // Several desks (docs/ARCHITECTURE.md §8): the desk whose keychain holds the token (empty:
    // none, or connected before desks existed), and the desk that still has to revoke the
    // token at Google after a disconnect elsewhere (empty: nothing pending).
    QString syncDesk;
    QString revokeDesk;

    bool isConnected() const { return state == State::Connected || state == State::ReadOnly; }
    /// True when `deskId` talks to Google for this practitioner: it is the sync desk, or the
    /// connection predates desks (then whichever desk holds the token does, as before).
    bool syncedBy(const QString &deskId) const { return syncDesk.isEmpty() || syncDesk == deskId; }
    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};

} // namespace empfang
