#include "move_dialog.h"

#include "booking/booking_service.h"
#include "fresh_check.h"
#include "sync/sync_service.h"

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

    m_checking = new QLabel(tr("Checking the Google calendar …"), this);
    m_checking->setObjectName(QStringLiteral("moveGoogleCheck"));
    m_checking->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("moveButtons"));
    m_moveButton = buttons->button(QDialogButtonBox::Ok);
    m_moveButton->setText(tr("Move"));
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
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
    layout->addWidget(m_checking);
    layout->addWidget(buttons);
    m_time->setFocus();
}

QString MoveDialog::errorText() const
{
    return m_error->text();
}

void MoveDialog::setSyncService(SyncService *sync, Database &db)
{
    m_sync = sync;
    m_db = &db;
}

bool MoveDialog::isCheckingGoogle() const
{
    return m_freshCheck && m_freshCheck->isRunning();
}

void MoveDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MoveDialog::accept()
{
    if (isCheckingGoogle())
        return; // Enter again while Google is asked: the answer decides
    const qint64 startMs = QDateTime(m_date->date(), m_time->time(), m_zone).toMSecsSinceEpoch();
    const qint64 practitionerId = m_practitioner->currentData().toLongLong();
    if (m_db && FreshCheck::applies(m_sync, practitionerId))
        checkGoogleThenMove(practitionerId, startMs);
    else
        commit(practitionerId, startMs);
}

void MoveDialog::checkGoogleThenMove(qint64 practitionerId, qint64 startMs)
{
    const auto span = FreshCheck::spanFor(*m_db, practitionerId, m_appointment.typeId, startMs);
    if (!span) {
        commit(practitionerId, startMs); // the booking rules say why the type does not fit
        return;
    }
    // One check per attempt: date, time or practitioner may differ from the last one.
    if (m_freshCheck)
        m_freshCheck->deleteLater();
    m_freshCheck = new FreshCheck(*m_sync, this);
    connect(m_freshCheck, &FreshCheck::finished, this,
            [this, practitionerId, startMs](FreshCheck::Outcome outcome) {
                m_checking->hide();
                m_moveButton->setEnabled(true);
                if (outcome == FreshCheck::Outcome::Taken) {
                    showError(FreshCheck::movedTakenText());
                    return;
                }
                if (outcome == FreshCheck::Outcome::Unchecked)
                    m_syncNote = FreshCheck::uncheckedText();
                commit(practitionerId, startMs);
            });
    showError(QString());
    m_checking->show();
    m_moveButton->setEnabled(false);
    m_freshCheck->start(practitionerId, *span);
}

void MoveDialog::commit(qint64 practitionerId, qint64 startMs)
{
    auto result = m_booking.move(m_appointment.id, startMs, practitionerId);
    if (!result) {
        showError(result.error());
        return;
    }
    m_moved = result.value();
    showError(QString());
    QDialog::accept();
}

} // namespace empfang
