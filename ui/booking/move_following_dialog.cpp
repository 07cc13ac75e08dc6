#include "booking/move_following_dialog.h"

#include "booking/series_service.h"
#include "ui_move_following_dialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace empfang {

MoveFollowingDialog::MoveFollowingDialog(SeriesService &series, const Appointment &appointment,
                                         const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_series(series), m_appointment(appointment), m_zone(zone),
      m_ui(std::make_unique<Ui::MoveFollowingDialog>())
{
    m_ui->setupUi(this);
    // QDateTimeEdit (Qt 6.4) is local-time only: it shows the practice's wall-clock time.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(appointment.span.startMs, zone);
    m_ui->moveFollowingWhen->setDateTime(QDateTime(start.date(), start.time()));
    m_ui->moveFollowingExplain->setText(tr("%1, %2: the later sessions of the series move by the "
                                           "same number of days to the same new time.")
                                            .arg(appointment.patientName, appointment.typeName));
    QPushButton *move = m_ui->moveFollowingButtons->button(QDialogButtonBox::Ok);
    move->setText(tr("&Move"));
    move->setObjectName(QStringLiteral("moveFollowingButton"));
    connect(m_ui->moveFollowingButtons, &QDialogButtonBox::accepted, this,
            &MoveFollowingDialog::accept);
    connect(m_ui->moveFollowingButtons, &QDialogButtonBox::rejected, this,
            &MoveFollowingDialog::reject);
    m_ui->moveFollowingWhen->setFocus();
    // Wide enough for the explanation in two or three lines; a word-wrapped label alone would
    // make the dialog as narrow as its widest word allows.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

MoveFollowingDialog::~MoveFollowingDialog() = default;

QDateTimeEdit *MoveFollowingDialog::timeEdit() const
{
    return m_ui->moveFollowingWhen;
}

QString MoveFollowingDialog::errorText() const
{
    return m_ui->moveFollowingError->text();
}

void MoveFollowingDialog::accept()
{
    const qint64 start =
        QDateTime(m_ui->moveFollowingWhen->date(), m_ui->moveFollowingWhen->time(), m_zone)
            .toMSecsSinceEpoch();
    auto moved = m_series.moveFollowing(m_appointment.id, start);
    if (!moved) {
        m_ui->moveFollowingError->setText(moved.error());
        m_ui->moveFollowingError->show();
        adjustSize(); // room for the error without cutting the explanation
        return;
    }
    m_moved = moved.value();
    QDialog::accept();
}

} // namespace empfang
