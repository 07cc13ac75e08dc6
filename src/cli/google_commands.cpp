#include "google_commands.h"

#include "booking/practice_directory.h"
#include "google/google_connection_service.h"
#include "privacy/privacy_notice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace empfang::cli {

namespace {

const QString kPractitioner = QStringLiteral("practitioner");

// After connecting, the service loads the calendar list (the primary calendar names the
// account). Waiting for it makes `status` complete right away; a slow Google must not keep the
// command from ending, so it waits this long at most.
constexpr std::chrono::seconds kCalendarWait{20};
constexpr std::chrono::milliseconds kPageGrace{300};

QString noClientMessage()
{
    return GoogleCommands::tr(
        "No Google OAuth client is configured. Set the environment variables "
        "EMPFANG_GOOGLE_CLIENT_ID and EMPFANG_GOOGLE_CLIENT_SECRET to the \"Desktop app\" client "
        "of the practice's Google Cloud project (see the README), or enter the client in Empfang "
        "under Settings → Google-Kalender → \"Technical details (for the practice's IT)\" "
        "(stored as google/clientId and google/clientSecret in the settings file).");
}

QJsonObject connectionJson(const GoogleConnection &c)
{
    return {{QStringLiteral("practitioner"), c.practitionerId},
            {QStringLiteral("state"), GoogleCommands::stateKey(c.state)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(c.grantedScopes)},
            {QStringLiteral("account"), c.googleAccount}};
}

QString who(const Practitioner &p)
{
    return GoogleCommands::tr("%1 (practitioner %2)").arg(p.name).arg(p.id);
}

} // namespace

GoogleConnectionService &GoogleCommands::service(CliContext &ctx)
{
    return ctx.services().google().connections();
}

QString GoogleCommands::stateLabel(GoogleConnection::State state)
{
    switch (state) {
    case GoogleConnection::State::Connected:
        return tr("connected");
    case GoogleConnection::State::ReadOnly:
        return tr("read-only (busy times only)");
    case GoogleConnection::State::RevokedExternally:
        return tr("revoked in the Google account – connect again");
    case GoogleConnection::State::None:
        break;
    }
    return tr("not connected");
}

QString GoogleCommands::shortScopes(const QStringList &scopes)
{
    QStringList names;
    for (const QString &s : scopes)
        names << QString(s).remove(QStringLiteral("https://www.googleapis.com/auth/"));
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

int GoogleCommands::connect(CliContext &ctx)
{
    const auto id = ctx.id(kPractitioner);
    if (!id)
        return ctx.usageError(id.error());
    const auto seconds = ctx.integer(QStringLiteral("timeout"), 300);
    if (!seconds)
        return ctx.usageError(seconds.error());
    if (seconds.value() < 1 || seconds.value() > 3600)
        return ctx.usageError(tr("--timeout expects the seconds to wait for the browser, from 1 "
                                 "to 3600, not \"%1\".")
                                  .arg(ctx.value(QStringLiteral("timeout"))));
    // Consent is a person's decision, not a default: without the option nothing is started.
    if (!ctx.has(QStringLiteral("accept-privacy-notice")))
        return ctx.usageError(
            tr("Connecting with Google needs the practitioner's consent. Please let the "
               "practitioner read the privacy notice (\"empfang-cli privacy-notice\", version "
               "%1) and run the command again with --accept-privacy-notice.")
                .arg(PrivacyNotice::current().version()));

    const auto practitioner = PracticeDirectory(ctx.db()).practitioner(id.value());
    if (!practitioner)
        return ctx.refuse(practitioner.error());
    GoogleConnectionService &svc = service(ctx);
    if (!svc.endpoints().hasClient())
        return ctx.refuse(noClientMessage());
    const GoogleConnection before = svc.connection(id.value());
    // Connected at another desk: connecting here moves the sync desk (docs/ARCHITECTURE.md §8).
    if (before.isConnected() && before.syncedBy(svc.deskId()))
        return ctx.refuse(tr("%1 is already connected with Google (%2). To connect again, for "
                             "example with other permissions, first run \"empfang-cli disconnect "
                             "--practitioner %3\".")
                              .arg(who(practitioner.value()), stateLabel(before.state))
                              .arg(id.value()));

    svc.setAuthorizationTimeout(std::chrono::seconds(seconds.value()));
    const qint64 pid = id.value();
    const Practitioner person = practitioner.value();
    QObject::connect(
        &svc, &GoogleConnectionService::authorizationUrl, ctx.scope(),
        [&ctx, pid, person, seconds = seconds.value()](qint64 p, const QUrl &url) {
            if (p != pid)
                return;
            // One line, flushed at once: a script (or a test) reads it while we wait.
            const QString encoded = QString::fromLatin1(url.toEncoded());
            if (ctx.out().json()) {
                ctx.out().printJson(QJsonObject{{QStringLiteral("authorizationUrl"), encoded}});
                return;
            }
            ctx.out().printLine(encoded);
            const QString wait = seconds >= 60 ? tr("%n minute(s)", nullptr, (seconds + 59) / 60)
                                               : tr("%n second(s)", nullptr, seconds);
            ctx.out().error(tr("Open this address in a browser on this computer and sign in "
                               "with the Google account of %1. Waiting up to %2 for Google's "
                               "answer …")
                                .arg(who(person), wait));
        });

    auto reported = std::make_shared<bool>(false);
    auto report = [&ctx, &svc, pid, person, reported](const QString &note) {
        if (std::exchange(*reported, true))
            return;
        const GoogleConnection c = svc.connection(pid);
        if (ctx.out().json()) {
            ctx.out().printJson(connectionJson(c));
        } else {
            QString line = c.state == GoogleConnection::State::ReadOnly
                               ? tr("%1 is connected with Google read-only.").arg(who(person))
                               : tr("%1 is connected with Google.").arg(who(person));
            if (!c.googleAccount.isEmpty())
                line += QLatin1Char(' ') + tr("Google account: %1.").arg(c.googleAccount);
            ctx.out().printLine(line);
        }
        if (!note.isEmpty())
            ctx.out().error(note);
        ctx.finish(Done);
    };
    QObject::connect(
        &svc, &GoogleConnectionService::connectFinished, ctx.scope(),
        [&ctx, &svc, pid, report](qint64 p, bool ok, const QString &message) {
            if (p != pid)
                return;
            if (!ok) {
                ctx.out().error(message);
                // The loopback listener may still be sending the browser its "not connected"
                // page; ending the process at once could cut it off.
                QTimer::singleShot(kPageGrace, ctx.scope(), [&ctx] { ctx.finish(Refused); });
                return;
            }
            // The service's sentence matters only when it explains a limitation.
            const QString note = svc.connection(pid).state == GoogleConnection::State::ReadOnly
                                     ? message
                                     : QString();
            QObject::connect(&svc, &GoogleConnectionService::calendarsChanged, ctx.scope(),
                             [pid, note, report](qint64 c) {
                                 if (c == pid)
                                     report(note);
                             });
            QObject::connect(
                &svc, &GoogleConnectionService::calendarsFailed, ctx.scope(),
                [pid, note, report](qint64 c, const QString &why) {
                    if (c == pid)
                        report((note.isEmpty() ? QString() : note + QLatin1Char('\n')) +
                               tr("The list of calendars could not be loaded (%1); the primary "
                                  "calendar is used.")
                                   .arg(why));
                });
            QTimer::singleShot(kCalendarWait, ctx.scope(), [note, report] { report(note); });
        });
    svc.connectPractitioner(pid, true);
    return Pending;
}

int GoogleCommands::disconnect(CliContext &ctx)
{
    const auto id = ctx.id(kPractitioner);
    if (!id)
        return ctx.usageError(id.error());
    const auto practitioner = PracticeDirectory(ctx.db()).practitioner(id.value());
    if (!practitioner)
        return ctx.refuse(practitioner.error());
    GoogleConnectionService &svc = service(ctx);
    const qint64 pid = id.value();
    const Practitioner person = practitioner.value();

    const bool wasConnected = svc.connection(pid).state != GoogleConnection::State::None;
    auto print = [&ctx, pid, wasConnected](bool revoked, const QString &line) {
        ctx.out().printResult(QJsonObject{{QStringLiteral("practitioner"), pid},
                                          {QStringLiteral("state"), QStringLiteral("none")},
                                          {QStringLiteral("wasConnected"), wasConnected},
                                          {QStringLiteral("revokedAtGoogle"), revoked}},
                              line);
    };
    // Afterwards the keychain is asked again: "disconnected" is only said when the key is gone.
    QObject::connect(
        &svc, &GoogleConnectionService::disconnectFinished, ctx.scope(),
        [&ctx, &svc, pid, person, print](qint64 p, bool revoked, const QString &message) {
            if (p != pid)
                return;
            svc.status(pid, [&ctx, person, print, revoked, message](const GoogleStatus &s) {
                if (s.keychain != GoogleStatus::Keychain::Absent) {
                    ctx.out().error(message);
                    ctx.out().error(tr("The key of %1 could not be deleted from the keychain. %2")
                                        .arg(who(person), s.keychainMessage)
                                        .trimmed());
                    return ctx.finish(Refused);
                }
                print(revoked, tr("The Google connection of %1 was removed.").arg(who(person)));
                // Without revocation Google still grants access: say where to remove it.
                if (!revoked)
                    ctx.out().error(message);
                ctx.finish(Done);
            });
        });
    svc.status(pid, [&ctx, &svc, pid, person, print](const GoogleStatus &s) {
        if (s.connection.state == GoogleConnection::State::None &&
            s.keychain == GoogleStatus::Keychain::Absent) {
            print(false, tr("%1 was not connected with Google; there was nothing to remove.")
                             .arg(who(person)));
            return ctx.finish(Done);
        }
        svc.disconnectPractitioner(pid);
    });
    return Pending;
}

} // namespace empfang::cli
