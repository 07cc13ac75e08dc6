#include "cli_context.h"

#include "domain/text_rules.h"
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
    const auto number = TextRules::positiveId(value(option));
    if (!number)
        return Result<qint64>::failure(
            CliParser::valueProblem(option, QStringLiteral("ID"), value(option)));
    return *number;
}

Result<int> CliContext::integer(const QString &option, int fallback) const
{
    if (!has(option))
        return fallback;
    const auto number = TextRules::integer(value(option));
    if (!number)
        return Result<int>::failure(
            CliParser::valueProblem(option, QStringLiteral("MIN"), value(option)));
    return *number;
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
