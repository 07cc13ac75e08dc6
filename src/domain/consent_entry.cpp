#include "consent_entry.h"

namespace empfang {

QString ConsentEntry::actionKey(Action action)
{
    switch (action) {
    case Action::Granted:
        return QStringLiteral("granted");
    case Action::Withdrawn:
        return QStringLiteral("withdrawn");
    case Action::RevokedExternally:
        return QStringLiteral("revoked_externally");
    case Action::ScopesReduced:
        return QStringLiteral("scopes_reduced");
    }
    return {};
}

std::optional<ConsentEntry::Action> ConsentEntry::actionFromKey(const QString &key)
{
    for (Action a :
         {Action::Granted, Action::Withdrawn, Action::RevokedExternally, Action::ScopesReduced}) {
        if (actionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

} // namespace empfang
