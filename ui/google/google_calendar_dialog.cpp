#include "google/google_calendar_dialog.h"

#include "google/google_connection_service.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace empfang {

namespace {

QString calendarName(const GoogleCalendar &c)
{
    const QString name = c.summary.isEmpty() ? c.id : c.summary;
    return c.primary ? GoogleCalendarDialog::tr("%1 (main calendar)").arg(name) : name;
}

} // namespace

GoogleCalendarDialog::GoogleCalendarDialog(GoogleConnectionService &service, qint64 practitionerId,
                                           const QString &practitionerName, QWidget *parent)
    : QDialog(parent), m_service(service), m_practitionerId(practitionerId)
{
    setObjectName(QStringLiteral("googleCalendarDialog"));
    setWindowTitle(tr("Google calendars – %1").arg(practitionerName));
    auto *intro = new QLabel(tr("Busy times in the ticked calendars block bookings here. The "
                                "appointments booked here are entered in the booking calendar."),
                             this);
    intro->setObjectName(QStringLiteral("googleCalendarIntro"));
    intro->setWordWrap(true);
    m_busy = new QListWidget(this);
    m_busy->setObjectName(QStringLiteral("googleBusyCalendars"));
    m_booking = new QComboBox(this);
    m_booking->setObjectName(QStringLiteral("googleBookingCalendar"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("googleCalendarMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("googleCalendarButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("googleCalendarOk"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("googleCalendarCancel"));
    m_reload = buttons->addButton(tr("Reload from Google"), QDialogButtonBox::ActionRole);
    m_reload->setObjectName(QStringLiteral("googleReloadCalendars"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoogleCalendarDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoogleCalendarDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &GoogleCalendarDialog::fetch);
    connect(&m_service, &GoogleConnectionService::calendarsChanged, this, [this](qint64 id) {
        if (id != m_practitionerId)
            return;
        fill();
        showMessage(tr("Calendar list loaded from Google."), false);
    });
    connect(&m_service, &GoogleConnectionService::calendarsFailed, this,
            [this](qint64 id, const QString &message) {
                if (id != m_practitionerId)
                    return;
                m_reload->setEnabled(true);
                showMessage(message, true);
            });

    auto *form = new QFormLayout;
    form->addRow(tr("Busy times from:"), m_busy);
    form->addRow(tr("Enter bookings in:"), m_booking);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 22);

    fill();
    if (m_service.connection(m_practitionerId).calendars.isEmpty())
        fetch();
}

QString GoogleCalendarDialog::message() const
{
    return m_message->text();
}

void GoogleCalendarDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void GoogleCalendarDialog::fetch()
{
    m_reload->setEnabled(false);
    showMessage(tr("Loading the calendar list from Google …"), false);
    m_service.refreshCalendars(m_practitionerId);
}

void GoogleCalendarDialog::fill()
{
    m_reload->setEnabled(true);
    const GoogleConnection c = m_service.connection(m_practitionerId);
    QList<GoogleCalendar> calendars = c.calendars;
    if (calendars.isEmpty()) // before the list arrived: at least the main calendar
        calendars << GoogleCalendar{QStringLiteral("primary"), tr("Main calendar"),
                                    QStringLiteral("owner"), true};
    auto matches = [](const GoogleCalendar &cal, const QString &id) {
        return cal.id == id || (cal.primary && id == QLatin1String("primary"));
    };
    m_busy->clear();
    m_booking->clear();
    for (const GoogleCalendar &cal : calendars) {
        auto *item = new QListWidgetItem(calendarName(cal), m_busy);
        item->setData(Qt::UserRole, cal.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool busy = std::any_of(c.busyCalendars.begin(), c.busyCalendars.end(),
                                      [&](const QString &id) { return matches(cal, id); });
        item->setCheckState(busy ? Qt::Checked : Qt::Unchecked);
        if (cal.writable()) {
            m_booking->addItem(calendarName(cal), cal.id);
            if (matches(cal, c.bookingCalendar))
                m_booking->setCurrentIndex(m_booking->count() - 1);
        }
    }
    const bool readOnly = c.state == GoogleConnection::State::ReadOnly;
    m_booking->setEnabled(!readOnly && m_booking->count() > 0);
    if (readOnly)
        m_booking->setToolTip(tr("Connected read-only: appointments are not entered in Google."));
}

void GoogleCalendarDialog::accept()
{
    QStringList busy;
    for (int i = 0; i < m_busy->count(); ++i) {
        if (m_busy->item(i)->checkState() == Qt::Checked)
            busy << m_busy->item(i)->data(Qt::UserRole).toString();
    }
    QString booking = m_booking->currentData().toString();
    if (booking.isEmpty())
        booking = m_service.connection(m_practitionerId).bookingCalendar;
    if (Status saved = m_service.setCalendars(m_practitionerId, busy, booking); !saved) {
        showMessage(saved.error(), true);
        return;
    }
    QDialog::accept();
}

} // namespace empfang
