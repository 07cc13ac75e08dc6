#pragma once

#include "domain/result.h"

#include <QString>

namespace empfang {

class Database;

/// This desk (Arbeitsplatz): the computer and OS account Empfang runs under. Several desks share
/// one PostgreSQL database; a practitioner's Google token lives in the keychain of exactly one of
/// them, the practitioner's sync desk (docs/ARCHITECTURE.md §8).
///
/// The id is stable for the OS account (created once, kept in its user settings) — on a terminal
/// server several receptionists share a host, so the host alone would not tell them apart. The
/// name is what other desks show ("verbunden über Empfang-PC (anna)"); it can be changed.
/// `EMPFANG_DESK=<name>` sets both, for tests and special setups.
class LocalDesk
{
public:
    static QString id();
    static QString name();
    /// Stores a new name for this desk (empty: back to the default); EMPFANG_DESK still wins.
    static void setName(const QString &name);
    /// setName(), and the desks table learns the new name at once: the other desks show it
    /// now, not only after this desk's next heartbeat. The name is kept even if that fails.
    static Status rename(Database &db, const QString &name, qint64 nowMs);
    /// "<host> (<OS account>)".
    static QString defaultName();
    /// The OS account really logged in (not $USER, which the caller may have set).
    static QString osUser();
    static QString hostName();
};

} // namespace empfang
