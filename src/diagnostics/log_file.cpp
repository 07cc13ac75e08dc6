#include "log_file.h"

#include "log_redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace empfang {

namespace {

struct State
{
    QMutex mutex;
    QString directory;
    QFile file;
    LogFile::Echo echo = LogFile::Echo::Stderr;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

QString pathOf(const QString &dir, int index)
{
    const QString base = QDir(dir).filePath(LogFile::fileName());
    return index == 0 ? base : base + u'.' + QString::number(index);
}

// empfang.log → .1 → … → .5; the oldest falls off.
void rotate(State &s)
{
    s.file.close();
    QFile::remove(pathOf(s.directory, LogFile::kKeptFiles));
    for (int i = LogFile::kKeptFiles - 1; i >= 0; --i)
        QFile::rename(pathOf(s.directory, i), pathOf(s.directory, i + 1));
}

bool ensureOpen(State &s)
{
    if (s.file.isOpen() && s.file.size() < LogFile::kMaxBytes)
        return true;
    if (s.file.isOpen())
        rotate(s);
    if (!QDir().mkpath(s.directory))
        return false;
    s.file.setFileName(pathOf(s.directory, 0));
    // Owner only: the log may name appointment ids and the practice's set-up.
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (s.file.size() >= LogFile::kMaxBytes) {
        rotate(s);
        return ensureOpen(s);
    }
    return true;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // QFile itself may warn; a warning from inside the handler must not recurse.
    static thread_local bool busy = false;
    State &s = state();
    const QString clean = LogRedaction::redact(message);
    if (!busy) {
        busy = true;
        {
            QMutexLocker lock(&s.mutex);
            if (ensureOpen(s)) {
                const QString line =
                    QStringLiteral("%1 %2 %3: %4\n")
                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                             QString::fromLatin1(levelName(type)),
                             QString::fromLatin1(context.category ? context.category : "default"),
                             clean);
                s.file.write(line.toUtf8());
                s.file.flush();
            }
        }
        busy = false;
    }
    if (s.echo == LogFile::Echo::Stderr && s.previous)
        s.previous(type, context, clean);
    else if (s.echo == LogFile::Echo::Stderr || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", clean.toLocal8Bit().constData());
}

} // namespace

void LogFile::install(Echo echo, const QString &directory)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.directory = directory.isEmpty() ? defaultDirectory() : directory;
        s.echo = echo;
        s.file.close();
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
}

void LogFile::uninstall()
{
    State &s = state();
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.directory.clear();
    s.installed = false;
}

QString LogFile::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString LogFile::directory()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.directory.isEmpty() ? defaultDirectory() : s.directory;
}

} // namespace empfang
