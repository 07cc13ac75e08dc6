// GoogleCommands, second half: what can be looked at — status, consent log, privacy notice.
#include "google_commands.h"

#include "booking/practice_directory.h"
#include "google/google_connection_service.h"
#include "privacy/privacy_notice.h"
#include "privacy/private_file.h"
#include "storage/consent_log.h"
#include "sync/desk_sync_status.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

namespace empfang::cli {

namespace {

const QString kPractitioner = QStringLiteral("practitioner");

struct StatusRow
{
    Practitioner practitioner;
    GoogleStatus status;
    DeskSyncStatus desk;
};

// The notice is HTML for the consent screen; on a terminal it is read as wrapped plain text.
// Only the few elements the notice uses are handled; the bytes hashed stay the HTML's.
QString htmlToText(QString html, int width = 80)
{
    html.remove(QRegularExpression(QStringLiteral("<head>.*</head>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    html.replace(QRegularExpression(QStringLiteral("<h[1-6][^>]*>")), QStringLiteral("\n\n"));
    html.replace(QRegularExpression(QStringLiteral("</h[1-6]>")), QStringLiteral("\n"));
    html.replace(QRegularExpression(QStringLiteral("<p[^>]*>")), QStringLiteral("\n\n"));
    html.replace(QRegularExpression(QStringLiteral("<li[^>]*>")), QStringLiteral("\n• "));
    html.replace(QRegularExpression(QStringLiteral("<br[^>]*>")), QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));

    QStringList out;
    for (const QString &raw : html.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            if (!out.isEmpty() && !out.last().isEmpty())
                out << QString();
            continue;
        }
        const QString indent =
            line.startsWith(QStringLiteral("• ")) ? QStringLiteral("  ") : QString();
        QString current;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                out << current;
                current = indent;
            }
            current +=
                (current.isEmpty() || current == indent ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

void printStatus(CliContext &ctx, const QList<StatusRow> &rows)
{
    const CliOutput &out = ctx.out();
    const auto timeOrNull = [&out](qint64 ms) {
        return ms ? QJsonValue(out.isoTime(ms)) : QJsonValue();
    };
    ctx.out().printList(
        rows,
        [&timeOrNull](const StatusRow &r) {
            const GoogleConnection &c = r.status.connection;
            const DeskSyncStatus &d = r.desk;
            return QJsonObject{
                {QStringLiteral("practitioner"), r.practitioner.id},
                {QStringLiteral("name"), r.practitioner.name},
                {QStringLiteral("state"), GoogleCommands::stateKey(c.state)},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(c.grantedScopes)},
                {QStringLiteral("tokenInKeychain"),
                 r.status.keychain == GoogleStatus::Keychain::Present},
                {QStringLiteral("account"), c.googleAccount},
                {QStringLiteral("syncDesk"),
                 d.syncDeskName.isEmpty() ? QJsonValue() : QJsonValue(d.syncDeskName)},
                {QStringLiteral("syncDeskIsThisDesk"), d.thisDesk},
                {QStringLiteral("syncDeskLastSeen"), timeOrNull(d.syncDeskLastSeenMs)},
                {QStringLiteral("syncDeskSilent"), d.syncDeskSilent},
                {QStringLiteral("lastSync"), timeOrNull(d.lastSyncMs)},
                {QStringLiteral("waiting"), d.waiting},
                {QStringLiteral("revocationPendingAt"),
                 d.revokePendingAt.isEmpty() ? QJsonValue() : QJsonValue(d.revokePendingAt)}};
        },
        {GoogleCommands::tr("No."), GoogleCommands::tr("Name"), GoogleCommands::tr("Google"),
         GoogleCommands::tr("Permissions"), GoogleCommands::tr("Key in keychain"),
         GoogleCommands::tr("Account"), GoogleCommands::tr("Sync desk"),
         GoogleCommands::tr("Waiting")},
        [](const StatusRow &r) {
            const GoogleConnection &c = r.status.connection;
            return QStringList{
                QString::number(r.practitioner.id),
                r.practitioner.name,
                GoogleCommands::stateLabel(c.state),
                GoogleCommands::shortScopes(c.grantedScopes),
                r.status.keychain == GoogleStatus::Keychain::Present ? GoogleCommands::tr("yes")
                                                                     : GoogleCommands::tr("no"),
                c.googleAccount,
                r.desk.syncDeskName +
                    (r.desk.syncDeskSilent ? GoogleCommands::tr(" (not running)") : QString()),
                QString::number(r.desk.waiting)};
        },
        GoogleCommands::tr("No practitioners yet."));
}

} // namespace

int GoogleCommands::status(CliContext &ctx)
{
    PracticeDirectory practitioners(ctx.db());
    QList<Practitioner> who;
    if (ctx.has(kPractitioner)) {
        const auto id = ctx.id(kPractitioner);
        if (!id)
            return ctx.usageError(id.error());
        const auto one = practitioners.practitioner(id.value());
        if (!one)
            return ctx.refuse(one.error());
        who << one.value();
    } else {
        // Inactive practitioners too: an old connection is still a key in the keychain.
        const auto all = practitioners.practitioners(true);
        if (!all)
            return ctx.refuse(all.error());
        who = all.value();
    }
    if (who.isEmpty()) {
        printStatus(ctx, {});
        return Done;
    }

    // One keychain question after the other; the answers arrive from the event loop.
    GoogleConnectionService &svc = service(ctx);
    auto rows = std::make_shared<QList<StatusRow>>();
    auto next = std::make_shared<std::function<void()>>();
    // Weak inside, strong in each pending keychain callback: no ownership cycle.
    *next = [&ctx, &svc, who, rows, weak = std::weak_ptr(next)] {
        if (rows->size() == who.size()) {
            QStringList problems;
            for (const StatusRow &r : *rows) {
                if (r.status.keychain == GoogleStatus::Keychain::Unknown)
                    return ctx.finish(ctx.refuse(r.status.keychainMessage));
                // At a desk that does not sync the practitioner, no key is how it should be.
                if (r.status.connection.isConnected() &&
                    r.status.connection.syncedBy(svc.deskId()) &&
                    r.status.keychain == GoogleStatus::Keychain::Absent)
                    problems << tr("Practitioner %1 is marked as connected, but the keychain holds "
                                   "no key for it. Please disconnect and connect again.")
                                    .arg(r.practitioner.id);
            }
            printStatus(ctx, *rows);
            for (const QString &p : problems)
                ctx.out().error(p);
            return ctx.finish(Done);
        }
        const Practitioner p = who.at(rows->size());
        svc.status(p.id, [&ctx, &svc, rows, next = weak.lock(), p](const GoogleStatus &s) {
            rows->append(
                {p, s,
                 DeskSyncStatus::of(ctx.db(), s.connection, svc.deskId(), ctx.clock().nowMs())});
            (*next)();
        });
    };
    (*next)();
    return Pending;
}

int GoogleCommands::consentLog(CliContext &ctx)
{
    qint64 pid = 0;
    if (ctx.has(kPractitioner)) {
        const auto id = ctx.id(kPractitioner);
        if (!id)
            return ctx.usageError(id.error());
        if (const auto p = PracticeDirectory(ctx.db()).practitioner(id.value()); !p)
            return ctx.refuse(p.error());
        pid = id.value();
    }
    const auto entries = ConsentLog(ctx.db()).list(pid);
    if (!entries)
        return ctx.refuse(entries.error());

    if (ctx.has(QStringLiteral("csv"))) {
        const QString path = QDir::current().absoluteFilePath(ctx.value(QStringLiteral("csv")));
        QSaveFile file(path);
        if (!openPrivate(file) || file.write(ConsentLog::toCsv(entries.value())) < 0 ||
            !file.commit())
            return ctx.refuse(tr("The consent log could not be written to \"%1\": %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        ctx.out().printResult(
            QJsonObject{{QStringLiteral("file"), path},
                        {QStringLiteral("entries"), int(entries.value().size())}},
            tr("%n entry/entries written to \"%1\".", nullptr, int(entries.value().size()))
                .arg(QDir::toNativeSeparators(path)));
        return Done;
    }

    const CliOutput &out = ctx.out();
    ctx.out().printList(
        entries.value(),
        [&out](const ConsentEntry &e) {
            return QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("practitioner"), e.practitionerId},
                {QStringLiteral("action"), ConsentEntry::actionKey(e.action)},
                {QStringLiteral("time"), out.isoTime(e.atMs)},
                {QStringLiteral("noticeVersion"), e.noticeVersion},
                {QStringLiteral("noticeSha256"), e.noticeSha256},
                {QStringLiteral("scopes"),
                 QJsonArray::fromStringList(e.grantedScopes.split(u' ', Qt::SkipEmptyParts))},
                {QStringLiteral("osUser"), e.osUser},
                {QStringLiteral("desk"), e.desk}};
        },
        {tr("Time"), tr("Practitioner"), tr("Action"), tr("Notice"), tr("SHA-256 (start)"),
         tr("Permissions"), tr("OS user"), tr("Desk")},
        [&out](const ConsentEntry &e) {
            return QStringList{out.humanTime(e.atMs),
                               QString::number(e.practitionerId),
                               ConsentLog::actionLabel(e.action),
                               e.noticeVersion,
                               e.noticeSha256.left(12),
                               shortScopes(e.grantedScopes.split(u' ', Qt::SkipEmptyParts)),
                               e.osUser,
                               e.desk};
        },
        tr("The consent log is empty."));
    return Done;
}

int GoogleCommands::privacyNotice(CliContext &ctx)
{
    const PrivacyNotice notice = PrivacyNotice::current();
    if (!notice.isValid())
        return ctx.refuse(tr("The privacy notice is missing from this build. Please reinstall "
                             "Empfang."));
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("version"), notice.version()},
                                        {QStringLiteral("sha256"), notice.sha256()},
                                        {QStringLiteral("html"), notice.htmlText()}});
        return Done;
    }
    ctx.out().printLine(tr("Privacy notice, version %1").arg(notice.version()));
    ctx.out().printLine(QStringLiteral("SHA-256: ") + notice.sha256() + u'\n');
    ctx.out().printLine(htmlToText(notice.htmlText()));
    return Done;
}

} // namespace empfang::cli
