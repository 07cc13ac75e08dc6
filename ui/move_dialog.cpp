#include "move_dialog.h"

#include "booking/booking_service.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace empfang {

MoveDialog::MoveDialog(BookingService &booking, const Appointment &appointment,
                       const QList<Practitioner> &practitioners, const QTimeZone &zone,
                       QWidget *parent)
    : QDialog(parent), m_booking(booking), m_appointment(appointment), m_zone(zone)
{
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(tr("Move appointment"));
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(appointment.span.startMs, zone);

    auto *what = new QLabel(tr("<b>%1</b> – %2, now %3")
                                .arg(appointment.patientName.toHtmlEscaped(),
                                     appointment.typeName.toHtmlEscaped(),
                                     start.toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
                            this);
    what->setObjectName(QStringLiteral("moveWhat"));

    m_date = new QDateEdit(start.date(), this);
    m_date->setObjectName(QStringLiteral("moveDate"));
    m_date->setAccessibleName(tr("New date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_time = new QTimeEdit(start.time(), this);
    m_time->setObjectName(QStringLiteral("moveTime"));
    m_time->setAccessibleName(tr("New time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("movePractitioner"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    for (const Practitioner &p : practitioners)
        m_practitioner->addItem(p.name, p.id);
    m_practitioner->setCurrentIndex(
        std::max(0, m_practitioner->findData(appointment.practitionerId)));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("moveButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("moveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Practitioner:"), m_practitioner);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_time->setFocus();
}

QString MoveDialog::errorText() const
{
    return m_error->text();
}

void MoveDialog::accept()
{
    const qint64 startMs = QDateTime(m_date->date(), m_time->time(), m_zone).toMSecsSinceEpoch();
    auto result =
        m_booking.move(m_appointment.id, startMs, m_practitioner->currentData().toLongLong());
    if (!result) {
        m_error->setText(result.error());
        m_error->show();
        return;
    }
    m_moved = result.value();
    QDialog::accept();
}

} // namespace empfang
