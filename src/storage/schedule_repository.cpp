#include "schedule_repository.h"

#include "cached_statement.h"
#include "domain/text_rules.h"
#include "domain/working_hours_rule.h"
#include "hot_queries.h"
#include "practitioner_repository.h"
#include "sql.h"

namespace empfang {

namespace {

int minuteOfDay(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

QTime fromMinute(int m)
{
    return QTime(m / 60, m % 60);
}

} // namespace

Result<WeeklyHours> ScheduleRepository::addHours(const WeeklyHours &h)
{
    if (const QString invalid = WorkingHoursRule::problem(h); !invalid.isEmpty())
        return Result<WeeklyHours>::failure(invalid);
    if (auto p = PractitionerRepository(m_db).find(h.practitionerId); !p)
        return Result<WeeklyHours>::failure(p.error());
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO working_hours (practitioner_id, weekday, "
                                 "from_minute, to_minute, valid_from, valid_to) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  {h.practitionerId, h.weekday, minuteOfDay(h.from), minuteOfDay(h.to),
                   sql::dateValue(h.validFrom), sql::dateValue(h.validTo)},
                  &error))
        return Result<WeeklyHours>::failure(error);
    WeeklyHours stored = h;
    stored.id = sql::insertedId(q);
    return stored;
}

Status ScheduleRepository::removeHours(qint64 id)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("DELETE FROM working_hours WHERE id = ?"), {id}, &error))
        return Status::failure(error);
    return success();
}

Result<QList<WeeklyHours>> ScheduleRepository::hours(qint64 practitionerId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT id, practitioner_id, weekday, from_minute, to_minute, "
                                 "valid_from, valid_to FROM working_hours "
                                 "WHERE practitioner_id = ? ORDER BY weekday, from_minute"),
                  {practitionerId}, &error))
        return Result<QList<WeeklyHours>>::failure(error);
    QList<WeeklyHours> out;
    while (q.next()) {
        out.append(WeeklyHours{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                               fromMinute(q.value(3).toInt()), fromMinute(q.value(4).toInt()),
                               sql::toDate(q.value(5)), sql::toDate(q.value(6))});
    }
    return out;
}

Result<Absence> ScheduleRepository::addAbsence(const Absence &a)
{
    if (a.span.isEmpty())
        return Result<Absence>::failure(tr("An absence must end after it starts."));
    if (const QString invalid = TextRules::check(TextRules::Field::Reason, a.reason);
        !invalid.isEmpty())
        return Result<Absence>::failure(invalid);
    if (auto p = PractitionerRepository(m_db).find(a.practitionerId); !p)
        return Result<Absence>::failure(p.error());
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO absences (practitioner_id, start_ms, end_ms, reason) "
                                 "VALUES (?, ?, ?, ?) RETURNING id"),
                  {a.practitionerId, a.span.startMs, a.span.endMs, TextRules::trimmed(a.reason)},
                  &error))
        return Result<Absence>::failure(error);
    Absence stored = a;
    stored.id = sql::insertedId(q);
    return stored;
}

Status ScheduleRepository::removeAbsence(qint64 id)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("DELETE FROM absences WHERE id = ?"), {id}, &error))
        return Status::failure(error);
    return success();
}

Result<QList<Absence>> ScheduleRepository::absences(qint64 practitionerId,
                                                    const Interval &range) const
{
    CachedStatement statement(m_db, hot_queries::absences());
    QString error;
    if (!statement.run({practitionerId, range.endMs, range.startMs}, &error))
        return Result<QList<Absence>>::failure(error);
    QSqlQuery &q = statement.query();
    QList<Absence> out;
    while (q.next()) {
        out.append(Absence{q.value(0).toLongLong(),
                           q.value(1).toLongLong(),
                           {q.value(2).toLongLong(), q.value(3).toLongLong()},
                           q.value(4).toString()});
    }
    return out;
}

} // namespace empfang
