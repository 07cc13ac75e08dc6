#include "cli_context.h"

#include "storage/settings_repository.h"
#include "time_parsing.h"

namespace empfang::cli {

CliContext::CliContext(Database &db, const Invocation &invocation, CliOutput &output)
    : m_db(db), m_invocation(invocation), m_output(output),
      m_settings(SettingsRepository(db).load()), m_availability(db, m_clock),
      m_booking(db, m_availability)
{
    m_output.setZone(m_settings.timeZone());
}

Result<qint64> CliContext::id(const QString &option) const
{
    const QString text = value(option).trimmed();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0 || text.startsWith(u'+'))
        return Result<qint64>::failure(
            tr("--%1 expects a number such as 3 (see the list commands), not \"%2\".")
                .arg(option, value(option)));
    return number;
}

Result<int> CliContext::integer(const QString &option, int fallback) const
{
    if (!has(option))
        return fallback;
    bool ok = false;
    const int number = value(option).trimmed().toInt(&ok);
    if (!ok)
        return Result<int>::failure(
            tr("--%1 expects a whole number, not \"%2\".").arg(option, value(option)));
    return number;
}

Result<QDate> CliContext::date(const QString &option) const
{
    auto d = TimeParsing::date(value(option));
    if (!d)
        return Result<QDate>::failure(QStringLiteral("--%1: ").arg(option) + d.error());
    return d;
}

Result<qint64> CliContext::dateTime(const QString &option) const
{
    auto t = TimeParsing::dateTime(value(option), m_settings.timeZone());
    if (!t)
        return Result<qint64>::failure(QStringLiteral("--%1: ").arg(option) + t.error());
    return t;
}

int CliContext::usageError(const QString &message)
{
    m_output.error(message);
    if (m_invocation.command)
        m_output.error(CliParser::usage(*m_invocation.command));
    return UsageError;
}

int CliContext::refuse(const QString &message)
{
    m_output.error(message);
    return Refused;
}

void CliContext::finish(int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
}

} // namespace empfang::cli
