#include "google/consent_dialog.h"

#include "google/google_connection_service.h"
#include "privacy/privacy_notice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace empfang {

namespace {

QLabel *makeLabel(const char *objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    return label;
}

} // namespace

ConsentDialog::ConsentDialog(GoogleConnectionService &service, qint64 practitionerId,
                             const QString &practitionerName, QWidget *parent)
    : QDialog(parent), m_service(service), m_practitionerId(practitionerId)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Connect Google Calendar – %1").arg(practitionerName));
    const PrivacyNotice notice = PrivacyNotice::current();

    auto *title =
        makeLabel("consentTitle",
                  tr("<b>Connect %1 with Google Calendar</b><br>Please read the privacy notice. "
                     "Connecting is voluntary and can be withdrawn at any time.")
                      .arg(practitionerName.toHtmlEscaped()),
                  this);
    m_notice = new QTextBrowser(this);
    m_notice->setObjectName(QStringLiteral("consentNotice"));
    m_notice->setOpenExternalLinks(true);
    m_notice->setHtml(notice.isValid()
                          ? notice.htmlText()
                          : tr("The privacy notice is missing from this build. Please reinstall "
                               "Empfang."));
    auto *version = makeLabel("consentNoticeVersion",
                              tr("Privacy notice version %1").arg(notice.version()), this);
    auto *hash = makeLabel("consentNoticeHash", tr("SHA-256: %1").arg(notice.sha256()), this);
    hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hash->setStyleSheet(QStringLiteral("color: #555555; font-family: monospace;"));
    auto *scopes = makeLabel(
        "consentScopes",
        tr("Empfang asks Google for exactly these two permissions:<ul>"
           "<li><b>Read calendars and busy times</b> – so that nobody is booked while the "
           "practitioner is busy elsewhere (calendar.readonly).</li>"
           "<li><b>Enter appointments</b> – the appointments booked here appear in the "
           "practitioner's calendar, without patient names unless the practice switches them "
           "on (calendar.events).</li></ul>"
           "Google may let you untick a permission: without the first one no connection is "
           "made, without the second one busy times are read but nothing is entered."),
        this);
    scopes->setTextFormat(Qt::RichText);

    m_consent = new QCheckBox(
        tr("I have read the privacy notice and consent to the connection described in it."), this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_consent->setStyleSheet(QStringLiteral("QCheckBox { font-weight: bold; }"));
    m_consent->setEnabled(notice.isValid());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("consentProgress"));
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2);
    m_progress->hide();
    m_status = makeLabel("consentStatus", {}, this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link = makeLabel("consentLink", {}, this);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->hide();
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("consentAddress"));
    m_address->setAccessibleName(tr("Address of Google's confirmation page"));
    m_address->setReadOnly(true);
    m_copyAddress = new QPushButton(tr("Copy address"), this);
    m_copyAddress->setObjectName(QStringLiteral("consentCopyAddress"));
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address->text());
        m_status->setText(tr("Address copied: paste it into a browser's address bar and "
                             "confirm there."));
    });
    auto *addressRow = new QHBoxLayout;
    addressRow->setContentsMargins(0, 0, 0, 0);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copyAddress);
    m_addressRow = new QWidget(this);
    m_addressRow->setLayout(addressRow);
    m_addressRow->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("consentButtons"));
    m_connect = buttons->addButton(tr("Connect with Google"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("consentConnect"));
    m_connect->setEnabled(false);
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("consentCancel"));
    m_cancelText = m_cancel->text();

    connect(m_consent, &QCheckBox::toggled, m_connect, &QPushButton::setEnabled);
    connect(m_connect, &QPushButton::clicked, this, &ConsentDialog::startConnecting);
    connect(m_cancel, &QPushButton::clicked, this, &ConsentDialog::reject);
    connect(&m_service, &GoogleConnectionService::authorizationUrl, this,
            &ConsentDialog::onAuthorizationUrl);
    connect(&m_service, &GoogleConnectionService::connectFinished, this,
            &ConsentDialog::onConnectFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_notice, 1);
    m_notice->setMinimumHeight(fontMetrics().height() * 18); // about half the dialog
    layout->addWidget(version);
    layout->addWidget(hash);
    layout->addWidget(scopes);
    layout->addWidget(m_consent);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_link);
    layout->addWidget(m_addressRow);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 110, fm.height() * 42);
}

ConsentDialog::~ConsentDialog()
{
    if (m_phase == Phase::Waiting)
        m_service.cancelConnect(m_practitionerId);
}

QString ConsentDialog::resultText() const
{
    return m_status->text();
}

void ConsentDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool waiting = phase == Phase::Waiting;
    m_progress->setVisible(waiting);
    m_consent->setEnabled(phase == Phase::Asking || phase == Phase::Failed);
    m_connect->setVisible(phase != Phase::Connected);
    m_connect->setEnabled(!waiting && m_consent->isChecked() && m_consent->isEnabled());
    m_connect->setText(phase == Phase::Failed ? tr("Try again") : tr("Connect with Google"));
    m_cancel->setText(phase == Phase::Connected ? tr("Close") : m_cancelText);
    if (!waiting) {
        m_link->hide();
        m_addressRow->hide();
    }
    m_status->setStyleSheet(phase == Phase::Failed      ? QStringLiteral("color: #b00020;")
                            : phase == Phase::Connected ? QStringLiteral("color: #2e7d32;")
                                                        : QString());
}

void ConsentDialog::startConnecting()
{
    if (!m_consent->isChecked() || m_phase == Phase::Waiting)
        return;
    m_status->setText(tr("Starting …"));
    setPhase(Phase::Waiting);
    m_service.connectPractitioner(m_practitionerId, true);
}

void ConsentDialog::onAuthorizationUrl(qint64 practitionerId, const QUrl &url)
{
    if (practitionerId != m_practitionerId || m_phase != Phase::Waiting)
        return;
    const bool opened = QDesktopServices::openUrl(url);
    if (m_phase != Phase::Waiting) // a quick browser may already have finished
        return;
    m_status->setText(opened ? tr("Waiting for Google … please confirm in the browser window "
                                  "that has just opened, then come back here.")
                             : tr("The browser could not be opened. Please open the address "
                                  "below in a browser and confirm there."));
    m_link->setText(tr("No browser window? <a href=\"%1\">Open Google's page</a>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_link->show();
    // Also as plain text to copy: on some desks no browser can be started from here at all.
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_addressRow->show();
}

void ConsentDialog::onConnectFinished(qint64 practitionerId, bool ok, const QString &message)
{
    if (practitionerId != m_practitionerId || m_phase != Phase::Waiting)
        return;
    m_status->setText(message);
    setPhase(ok ? Phase::Connected : Phase::Failed);
    emit finishedConnecting(practitionerId, ok, message);
}

void ConsentDialog::reject()
{
    if (m_phase == Phase::Waiting) {
        // Stop the listener; the answer (cancelled) arrives through connectFinished.
        m_service.cancelConnect(m_practitionerId);
        return;
    }
    QDialog::reject();
}

} // namespace empfang
