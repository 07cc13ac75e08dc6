#include "settings_repository.h"

#include "domain/text_rules.h"
#include "sql.h"

#include <QHash>

namespace empfang {

QString SettingsRepository::validate(const PracticeSettings &s)
{
    if (s.name.trimmed().isEmpty())
        return tr("The practice needs a name.");
    if (!QTimeZone::isTimeZoneIdAvailable(s.timeZoneId))
        return tr("The time zone \"%1\" is unknown.").arg(QString::fromLatin1(s.timeZoneId));
    if (s.slotStepMinutes < 1 || s.slotStepMinutes > 240)
        return tr("The slot step must be between 1 and 240 minutes.");
    if (s.minimumNoticeMinutes < 0 || s.minimumNoticeMinutes > 60 * 24 * 90)
        return tr("The minimum notice must be between 0 minutes and 90 days.");
    if (s.horizonDays < 1 || s.horizonDays > 3650)
        return tr("The booking horizon must be between 1 and 3650 days.");
    return {};
}

PracticeSettings SettingsRepository::load() const
{
    PracticeSettings s;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT key, value FROM settings"), {}, &error))
        return s;
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    PracticeSettings loaded = s;
    loaded.name = values.value(QStringLiteral("practice.name"), s.name);
    loaded.timeZoneId =
        values.value(QStringLiteral("practice.timeZone"), QString::fromLatin1(s.timeZoneId))
            .toLatin1();
    loaded.slotStepMinutes =
        values.value(QStringLiteral("slots.stepMinutes"), QString::number(s.slotStepMinutes))
            .toInt();
    loaded.minimumNoticeMinutes = values
                                      .value(QStringLiteral("slots.minimumNoticeMinutes"),
                                             QString::number(s.minimumNoticeMinutes))
                                      .toInt();
    loaded.horizonDays =
        values.value(QStringLiteral("slots.horizonDays"), QString::number(s.horizonDays)).toInt();
    // A hand-edited or damaged row must not break slot search: fall back to the defaults.
    return validate(loaded).isEmpty() ? loaded : s;
}

Status SettingsRepository::save(const PracticeSettings &s)
{
    if (const QString invalid = validate(s); !invalid.isEmpty())
        return Status::failure(invalid);
    // Here and not in validate(): load() uses validate() too, and a name stored before these
    // rules must not reset the time zone and slot rules to the defaults.
    if (const QString invalid = TextRules::check(TextRules::Field::Name, s.name);
        !invalid.isEmpty())
        return Status::failure(invalid);
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("practice.name"), TextRules::trimmed(s.name)},
        {QStringLiteral("practice.timeZone"), QString::fromLatin1(s.timeZoneId)},
        {QStringLiteral("slots.stepMinutes"), QString::number(s.slotStepMinutes)},
        {QStringLiteral("slots.minimumNoticeMinutes"), QString::number(s.minimumNoticeMinutes)},
        {QStringLiteral("slots.horizonDays"), QString::number(s.horizonDays)},
    };
    WriteTransaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QString error;
    for (const auto &[key, value] : rows) {
        if (!sql::run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}, &error) ||
            !sql::run(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                      {key, value}, &error))
            return Status::failure(error);
    }
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

} // namespace empfang
