#include "booking/move_following_dialog.h"

#include "booking/series_service.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace empfang {

MoveFollowingDialog::MoveFollowingDialog(SeriesService &series, const Appointment &appointment,
                                         const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_series(series), m_appointment(appointment), m_zone(zone)
{
    setObjectName(QStringLiteral("moveFollowingDialog"));
    setWindowTitle(tr("Move this and following"));
    // QDateTimeEdit (Qt 6.4) is local-time only: it shows the practice's wall-clock time.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(appointment.span.startMs, zone);
    m_when = new QDateTimeEdit(QDateTime(start.date(), start.time()), this);
    m_when->setObjectName(QStringLiteral("moveFollowingWhen"));
    m_when->setAccessibleName(tr("New date and time of this session"));
    m_when->setDisplayFormat(QStringLiteral("ddd dd.MM.yyyy HH:mm"));
    m_when->setCalendarPopup(true);
    auto *explain = new QLabel(tr("%1, %2: the later sessions of the series move by the same "
                                  "number of days to the same new time.")
                                   .arg(appointment.patientName, appointment.typeName),
                               this);
    explain->setObjectName(QStringLiteral("moveFollowingExplain"));
    explain->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moveFollowingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("moveFollowingButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("moveFollowingButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveFollowingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveFollowingDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&New time:"), m_when);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_when->setFocus();
}

QString MoveFollowingDialog::errorText() const
{
    return m_error->text();
}

void MoveFollowingDialog::accept()
{
    const qint64 start = QDateTime(m_when->date(), m_when->time(), m_zone).toMSecsSinceEpoch();
    auto moved = m_series.moveFollowing(m_appointment.id, start);
    if (!moved) {
        m_error->setText(moved.error());
        m_error->show();
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}

} // namespace empfang
