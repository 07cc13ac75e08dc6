#include "retention_policy.h"

#include "patient_erasure.h"
#include "storage/sql.h"

namespace empfang {

namespace {

const QString kKey = QStringLiteral("retention_years");
constexpr int kMaxYears = 100;

} // namespace

int RetentionPolicy::years() const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kKey}, &error) ||
        !q.next())
        return 0;
    return std::clamp(q.value(0).toInt(), 0, kMaxYears);
}

Status RetentionPolicy::setYears(int years)
{
    if (years < 0 || years > kMaxYears)
        return Status::failure(
            tr("The retention period must be between 0 (keep) and %1 years.").arg(kMaxYears));
    WriteTransaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                  {QString::number(years), kKey}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0 &&
        !sql::run(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                  {kKey, QString::number(years)}, &error))
        return Status::failure(error);
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

Result<RetentionReport> RetentionPolicy::cleanup(BookingService &booking, const Clock &clock)
{
    using R = Result<RetentionReport>;
    RetentionReport report;
    const int keep = years();
    if (keep == 0)
        return report;
    const qint64 cutoff = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc())
                              .addYears(-keep)
                              .toMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT p.id FROM patients p LEFT JOIN appointments a "
                                 "ON a.patient_id = p.id GROUP BY p.id, p.created_ms "
                                 "HAVING COALESCE(MAX(a.end_ms), p.created_ms) < ?"),
                  {cutoff}, &error))
        return R::failure(error);
    QList<qint64> expired;
    while (q.next())
        expired << q.value(0).toLongLong();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    PatientErasure erasure(m_db, booking, clock);
    for (qint64 id : std::as_const(expired)) {
        auto erased = erasure.erase(id, QStringLiteral("retention"));
        if (!erased)
            return R::failure(erased.error());
        ++report.patients;
        report.cancelled += erased->cancelled;
        report.anonymised += erased->anonymised;
    }
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    return report;
}

QString RetentionPolicy::describe(const RetentionReport &report)
{
    if (report.patients == 0)
        return tr("Retention: no patient data was due for deletion.");
    return tr("Retention: %n patient(s) deleted after the retention period; %1 of their "
              "appointments kept as anonymous statistics.",
              "", report.patients)
        .arg(report.anonymised);
}

} // namespace empfang
