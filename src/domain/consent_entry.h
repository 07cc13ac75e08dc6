#pragma once

#include <QString>

#include <optional>

namespace empfang {

/// One consent event of a practitioner (granted / withdrawn / revoked_externally /
/// scopes_reduced), with the notice version and hash it refers to.
struct ConsentEntry
{
    enum class Action { Granted, Withdrawn, RevokedExternally, ScopesReduced };

    qint64 id = 0;
    qint64 practitionerId = 0;
    Action action = Action::Granted;
    qint64 atMs = 0; // UTC epoch ms
    QString noticeVersion;
    QString noticeSha256;
    QString grantedScopes; // space separated, as Google returned them
    QString osUser;
    QString desk; // the name of the desk where it happened (several desks share one database)

    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);
};

} // namespace empfang
