#pragma once

#include "app/app_services.h"
#include "cli_output.h"
#include "cli_parser.h"
#include "domain/clock.h"
#include "domain/practice_settings.h"
#include "storage/database.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace empfang::cli {

/// What a command works with: the open database, the services, the parsed options and the
/// output. Its option readers turn text into values or a usage error message, so every
/// command reads ids, numbers and times the same way.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(Database &db, const Invocation &invocation, CliOutput &output);

    Database &db() { return m_db; }
    const PracticeSettings &settings() const { return m_settings; }
    const Clock &clock() const { return m_clock; }
    AvailabilityService &availability() { return m_services.availability(); }
    BookingService &booking() { return m_services.booking(); }
    /// The application layer of this run; its Google stack is built when a command needs it.
    AppServices &services() { return m_services; }
    CliOutput &out() { return m_output; }
    const Invocation &invocation() const { return m_invocation; }
    bool has(const QString &option) const { return m_invocation.has(option); }
    QString value(const QString &option) const { return m_invocation.value(option); }

    /// A positive whole number identifying a row (the number is checked, not its existence).
    Result<qint64> id(const QString &option) const;
    /// A whole number (range checks are the domain's business).
    Result<int> integer(const QString &option, int fallback = 0) const;
    Result<QDate> date(const QString &option) const;
    /// Practice time or with an offset; see TimeParsing::dateTime.
    Result<qint64> dateTime(const QString &option) const;

    /// Prints the message and the command's usage; returns UsageError.
    int usageError(const QString &message);
    /// Prints the message; returns Refused.
    int refuse(const QString &message);
    /// How a list command ends: the read's failure refused, or its items printed
    /// (CliOutput::printList: a JSON array with --json, a table otherwise).
    template <typename T, typename ToJson, typename ToRow>
    int list(const Result<QList<T>> &read, ToJson toJson, const QStringList &headers, ToRow toRow,
             const QString &empty)
    {
        if (!read)
            return refuse(read.error());
        m_output.printList(read.value(), toJson, headers, toRow, empty);
        return Done;
    }

    /// Parent for the objects of a command that returned Pending (services, network access):
    /// they live until the context ends, after the event loop, while the database is still open.
    QObject *scope() { return &m_scope; }
    /// Ends a Pending command with `code`. Queued, so it is safe even before the event loop runs;
    /// the loop ends only once no keychain job or write it waits on is outstanding
    /// (OutstandingWork), at most kOutstandingWorkWait later.
    void finish(int code);
    static void exitWhenIdle(int code);
    static constexpr std::chrono::seconds kOutstandingWorkWait{60};
    /// Per request to Google: a hanging Google must not keep a command from ending.
    static constexpr int kTransferTimeoutMs = 10000;

private:
    Database &m_db;
    const Invocation &m_invocation;
    CliOutput &m_output;
    PracticeSettings m_settings;
    Clock m_clock; // the real time: the CLI books for real, so "in the past" must be real too
    // Before the services, so the Google stack goes first and a command's objects (the scope)
    // go before both.
    AppServices m_services;
    QObject m_scope;
};

/// Reads several options of a command in a row, so a command states what it needs in one
/// statement: the first option that cannot be read prints the usage error (message and usage),
/// and the ones after it are not looked at.
///
///     qint64 practitioner = 0;
///     QDate first;
///     OptionReader read(ctx);
///     if (auto bad = read.id(kPractitioner, practitioner).date(kFrom, first).failed())
///         return *bad;
class OptionReader
{
public:
    explicit OptionReader(CliContext &ctx) : m_ctx(ctx) {}

    OptionReader &id(const QString &option, qint64 &into);
    /// An optional `--option ID`: `into` stays nullopt when it is not given.
    OptionReader &optionalId(const QString &option, std::optional<qint64> &into);
    OptionReader &integer(const QString &option, int &into, int fallback = 0);
    OptionReader &date(const QString &option, QDate &into);
    /// An optional `--option DATE`: `into` keeps what it holds (the default) when not given.
    OptionReader &optionalDate(const QString &option, QDate &into);
    /// `--from DATE --to DATE`, both days included (`slots`, `appointments`, `absence list`):
    /// each keeps what it holds when not given; a period that ends before it starts is refused
    /// by failed(), after every option was read (a usage error goes first).
    OptionReader &period(QDate &first, QDate &last);
    OptionReader &dateTime(const QString &option, qint64 &into);
    /// A time of day, "HH:MM".
    OptionReader &clockTime(const QString &option, QTime &into);
    /// UsageError (already printed) when an option could not be read; Refused (printed) when
    /// the period is the wrong way round.
    std::optional<int> failed();

private:
    template <typename T> OptionReader &take(const Result<T> &read, T &into);

    CliContext &m_ctx;
    std::optional<int> m_failed;
    bool m_periodReversed = false;
};

} // namespace empfang::cli
