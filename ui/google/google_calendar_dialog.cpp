#include "google/google_calendar_dialog.h"

#include "google/google_connection_service.h"
#include "ui_google_calendar_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

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
    : QDialog(parent), m_service(service), m_practitionerId(practitionerId),
      m_ui(std::make_unique<Ui::GoogleCalendarDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Google calendars – %1").arg(practitionerName));
    QDialogButtonBox *buttons = m_ui->googleCalendarButtons;
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
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 22);

    fill();
    if (m_service.connection(m_practitionerId).calendars.isEmpty())
        fetch();
}

GoogleCalendarDialog::~GoogleCalendarDialog() = default;

QListWidget *GoogleCalendarDialog::busyList() const
{
    return m_ui->googleBusyCalendars;
}

QComboBox *GoogleCalendarDialog::bookingChooser() const
{
    return m_ui->googleBookingCalendar;
}

QString GoogleCalendarDialog::message() const
{
    return m_ui->googleCalendarMessage->text();
}

void GoogleCalendarDialog::showMessage(const QString &text, bool error)
{
    m_ui->googleCalendarMessage->setText(text);
    m_ui->googleCalendarMessage->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                                     : QString());
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
    m_ui->googleBusyCalendars->clear();
    m_ui->googleBookingCalendar->clear();
    for (const GoogleCalendar &cal : calendars) {
        auto *item = new QListWidgetItem(calendarName(cal), m_ui->googleBusyCalendars);
        item->setData(Qt::UserRole, cal.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool busy = std::any_of(c.busyCalendars.begin(), c.busyCalendars.end(),
                                      [&](const QString &id) { return matches(cal, id); });
        item->setCheckState(busy ? Qt::Checked : Qt::Unchecked);
        if (cal.writable()) {
            m_ui->googleBookingCalendar->addItem(calendarName(cal), cal.id);
            if (matches(cal, c.bookingCalendar))
                m_ui->googleBookingCalendar->setCurrentIndex(m_ui->googleBookingCalendar->count() -
                                                             1);
        }
    }
    const bool readOnly = c.state == GoogleConnection::State::ReadOnly;
    m_ui->googleBookingCalendar->setEnabled(!readOnly && m_ui->googleBookingCalendar->count() > 0);
    if (readOnly)
        m_ui->googleBookingCalendar->setToolTip(
            tr("Connected read-only: appointments are not entered in Google."));
}

void GoogleCalendarDialog::accept()
{
    QStringList busy;
    for (int i = 0; i < m_ui->googleBusyCalendars->count(); ++i) {
        if (m_ui->googleBusyCalendars->item(i)->checkState() == Qt::Checked)
            busy << m_ui->googleBusyCalendars->item(i)->data(Qt::UserRole).toString();
    }
    QString booking = m_ui->googleBookingCalendar->currentData().toString();
    if (booking.isEmpty())
        booking = m_service.connection(m_practitionerId).bookingCalendar;
    if (Status saved = m_service.setCalendars(m_practitionerId, busy, booking); !saved) {
        showMessage(saved.error(), true);
        return;
    }
    QDialog::accept();
}

} // namespace empfang
