#include "consent_log.h"

#include "audit_log.h"

#include "local_desk.h"
#include "sql.h"

#include <QDateTime>

namespace empfang {

QString ConsentLog::currentOsUser()
{
    return AuditLog::osUser(); // one definition of "who", also when USER is not set
}

QString ConsentLog::actionLabel(ConsentEntry::Action action)
{
    switch (action) {
    case ConsentEntry::Action::Granted:
        return tr("Consent granted");
    case ConsentEntry::Action::Withdrawn:
        return tr("Consent withdrawn (disconnected)");
    case ConsentEntry::Action::RevokedExternally:
        return tr("Access revoked in the Google account");
    case ConsentEntry::Action::ScopesReduced:
        return tr("Fewer permissions granted");
    }
    return {};
}

Result<ConsentEntry> ConsentLog::record(ConsentEntry entry)
{
    if (entry.atMs == 0)
        entry.atMs = QDateTime::currentMSecsSinceEpoch();
    if (entry.osUser.isEmpty())
        entry.osUser = currentOsUser();
    if (entry.desk.isEmpty())
        entry.desk = LocalDesk::name();
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO consent_log (practitioner_id, action, at_ms, "
                                 "notice_version, notice_sha256, granted_scopes, os_user, desk) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {entry.practitionerId, ConsentEntry::actionKey(entry.action), entry.atMs,
                   entry.noticeVersion, entry.noticeSha256, entry.grantedScopes, entry.osUser,
                   entry.desk},
                  &error))
        return Result<ConsentEntry>::failure(error);
    entry.id = sql::insertedId(q);
    return entry;
}

Result<QList<ConsentEntry>> ConsentLog::list(qint64 practitionerId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    const QString select =
        QStringLiteral("SELECT id, practitioner_id, action, at_ms, notice_version, notice_sha256, "
                       "granted_scopes, os_user, desk FROM consent_log");
    const bool ok = practitionerId > 0
                        ? sql::run(q,
                                   select + QStringLiteral(" WHERE practitioner_id = ? "
                                                           "ORDER BY at_ms, id"),
                                   {practitionerId}, &error)
                        : sql::run(q, select + QStringLiteral(" ORDER BY at_ms, id"), {}, &error);
    if (!ok)
        return Result<QList<ConsentEntry>>::failure(error);
    QList<ConsentEntry> entries;
    while (q.next()) {
        ConsentEntry e;
        e.id = q.value(0).toLongLong();
        e.practitionerId = q.value(1).toLongLong();
        e.action = ConsentEntry::actionFromKey(q.value(2).toString())
                       .value_or(ConsentEntry::Action::Granted);
        e.atMs = q.value(3).toLongLong();
        e.noticeVersion = q.value(4).toString();
        e.noticeSha256 = q.value(5).toString();
        e.grantedScopes = q.value(6).toString();
        e.osUser = q.value(7).toString();
        e.desk = q.value(8).toString();
        entries << e;
    }
    return entries;
}

namespace {

QString csvField(QString value)
{
    // Quote when a separator, quote or line break would otherwise split the field; a leading
    // '=', '+', '-', '@' is defused so a spreadsheet never runs it as a formula.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

QByteArray ConsentLog::toCsv(const QList<ConsentEntry> &entries)
{
    QStringList lines;
    lines << QStringList{tr("No."),
                         tr("Practitioner ID"),
                         tr("Action"),
                         tr("Action (key)"),
                         tr("Time (UTC)"),
                         tr("Notice version"),
                         tr("Notice SHA-256"),
                         tr("Granted permissions"),
                         tr("OS user"),
                         tr("Desk")}
                 .join(QLatin1Char(';'));
    for (const ConsentEntry &e : entries) {
        const QString at = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate);
        QStringList fields{QString::number(e.id),
                           QString::number(e.practitionerId),
                           actionLabel(e.action),
                           ConsentEntry::actionKey(e.action),
                           at,
                           e.noticeVersion,
                           e.noticeSha256,
                           e.grantedScopes,
                           e.osUser,
                           e.desk};
        for (QString &f : fields)
            f = csvField(f);
        lines << fields.join(QLatin1Char(';'));
    }
    // The BOM makes spreadsheet programs on Windows read the umlauts as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace empfang
