#include "watch_command.h"

#include "cli_context.h"
#include "storage/change_feed.h"

#include <QJsonObject>

namespace empfang::cli {

namespace {

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("appointment"))
        return WatchCommand::tr("Appointment");
    if (kind == QLatin1String("absence"))
        return WatchCommand::tr("Absence");
    if (kind == QLatin1String("sync"))
        return WatchCommand::tr("Google sync state");
    if (kind == QLatin1String("google"))
        return WatchCommand::tr("Google connection");
    if (kind == QLatin1String("request"))
        return WatchCommand::tr("Busy times asked of the sync desk");
    return WatchCommand::tr("Settings");
}

} // namespace

int WatchCommand::run(CliContext &context)
{
    auto *feed = new ChangeFeed(context.db(), context.scope());
    CliOutput &out = context.out();
    QObject::connect(feed, &ChangeFeed::changed, feed, [&out](const Change &c) {
        if (out.json()) {
            QJsonObject o{{QStringLiteral("change"), c.kind}};
            if (c.itemId)
                o.insert(QStringLiteral("id"), c.itemId);
            if (c.practitionerId)
                o.insert(QStringLiteral("practitioner"), c.practitionerId);
            if (c.startMs || c.endMs) {
                o.insert(QStringLiteral("start"), out.isoTime(c.startMs));
                o.insert(QStringLiteral("end"), out.isoTime(c.endMs));
            }
            out.printJson(o);
            return;
        }
        QString line = kindText(c.kind);
        if (c.itemId)
            line += u' ' + QString::number(c.itemId);
        line += u':';
        if (c.practitionerId)
            line += u' ' + tr("practitioner %1").arg(c.practitionerId);
        if (c.startMs || c.endMs)
            line += u' ' + out.humanTime(c.startMs) + QStringLiteral("–") + out.humanClock(c.endMs);
        out.printLine(line + u' ' + tr("changed"));
    });
    QObject::connect(feed, &ChangeFeed::failed, feed, [&context](const QString &message) {
        context.out().error(message);
        context.finish(Refused);
    });
    if (Status started = feed->start(); !started)
        return context.refuse(started.error());
    return Pending; // until stopped (Ctrl+C, SIGTERM)
}

} // namespace empfang::cli
