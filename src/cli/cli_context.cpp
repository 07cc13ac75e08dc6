#include "cli_context.h"

#include "booking/practice_directory.h"
#include "domain/text_rules.h"
#include "outstanding_work.h"
#include "time_parsing.h"

#include <QTimer>

namespace empfang::cli {

CliContext::CliContext(Database &db, const Invocation &invocation, CliOutput &output)
    : m_db(db), m_invocation(invocation), m_output(output),
      m_settings(PracticeDirectory(db).settings()),
      m_services(
          db, m_clock,
          GoogleStack::Options{GoogleEndpoints::load(), nullptr, nullptr, kTransferTimeoutMs})
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
        QCoreApplication::instance(), [code] { exitWhenIdle(code); }, Qt::QueuedConnection);
}

void CliContext::exitWhenIdle(int code)
{
    // The one place a CLI run ends its event loop: never while a keychain job or the database
    // writes hanging on it are still outstanding, whoever started them (e.g. a wipe after
    // Google reported the token revoked, found out by `sync`).
    OutstandingWork &work = OutstandingWork::instance();
    if (work.count() == 0)
        return QCoreApplication::exit(code);
    auto ended = std::make_shared<bool>(false);
    auto end = [code, ended] {
        if (!std::exchange(*ended, true))
            QCoreApplication::exit(code);
    };
    QObject::connect(&work, &OutstandingWork::idle, QCoreApplication::instance(), end);
    // A keychain that never answers must not hang the command forever; QtKeychain's own D-Bus
    // timeout is shorter than this.
    QTimer::singleShot(kOutstandingWorkWait, QCoreApplication::instance(), [end, ended] {
        if (!*ended)
            OutstandingWork::instance().reportAbandoned();
        end();
    });
}

template <typename T> OptionReader &OptionReader::take(const Result<T> &read, T &into)
{
    if (read)
        into = read.value();
    else
        m_failed = m_ctx.usageError(read.error());
    return *this;
}

OptionReader &OptionReader::id(const QString &option, qint64 &into)
{
    return m_failed ? *this : take(m_ctx.id(option), into);
}

OptionReader &OptionReader::optionalId(const QString &option, std::optional<qint64> &into)
{
    if (m_failed || !m_ctx.has(option))
        return *this;
    qint64 value = 0;
    id(option, value);
    if (!m_failed)
        into = value;
    return *this;
}

OptionReader &OptionReader::integer(const QString &option, int &into, int fallback)
{
    return m_failed ? *this : take(m_ctx.integer(option, fallback), into);
}

OptionReader &OptionReader::date(const QString &option, QDate &into)
{
    return m_failed ? *this : take(m_ctx.date(option), into);
}

OptionReader &OptionReader::optionalDate(const QString &option, QDate &into)
{
    return m_failed || !m_ctx.has(option) ? *this : date(option, into);
}

OptionReader &OptionReader::period(QDate &first, QDate &last)
{
    optionalDate(QStringLiteral("from"), first).optionalDate(QStringLiteral("to"), last);
    m_periodReversed = last < first;
    return *this;
}

std::optional<int> OptionReader::failed()
{
    if (!m_failed && m_periodReversed)
        m_failed = m_ctx.refuse(CliContext::tr("The end date must not lie before the start date."));
    return m_failed;
}

OptionReader &OptionReader::dateTime(const QString &option, qint64 &into)
{
    return m_failed ? *this : take(m_ctx.dateTime(option), into);
}

OptionReader &OptionReader::clockTime(const QString &option, QTime &into)
{
    if (m_failed)
        return *this;
    const auto read = TimeParsing::clockTime(m_ctx.value(option));
    if (!read)
        m_failed = m_ctx.usageError(QStringLiteral("--%1: %2").arg(option, read.error()));
    else
        into = read.value();
    return *this;
}

} // namespace empfang::cli
