#include "google/google_client_box.h"

#include "google/google_endpoints.h"
#include "google/google_tab.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace empfang {

GoogleClientBox::GoogleClientBox(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("googleTechnical"));
    // Never squeezed below its text when the revocation notice needs room too.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("googleTechnicalToggle"));
    m_toggle->setText(GoogleTab::tr("Technical details (for the practice's IT)"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setArrowType(Qt::RightArrow);
    layout->addWidget(m_toggle);

    m_details = new QGroupBox(GoogleTab::tr("OAuth client of the practice"), this);
    m_details->setObjectName(QStringLiteral("googleClientBox"));
    layout->addWidget(m_details);
    auto *grid = new QGridLayout(m_details);
    const bool fromEnvironment = qEnvironmentVariableIsSet("EMPFANG_GOOGLE_CLIENT_ID");
    QString help = GoogleTab::tr(
        "Entered once by the practice's IT, from the practice's Google Cloud project: APIs & "
        "Services › Credentials › OAuth client ID of type “Desktop app” (README, section "
        "“Google-Kalender verbinden”).");
    if (fromEnvironment)
        help += QLatin1Char(' ') +
                GoogleTab::tr("Set by the environment variable EMPFANG_GOOGLE_CLIENT_ID.");
    auto *helpLabel = new QLabel(help, m_details);
    helpLabel->setObjectName(QStringLiteral("googleClientHelp"));
    helpLabel->setWordWrap(true);
    grid->addWidget(helpLabel, 0, 0, 1, 5);
    const QSettings settings;
    m_clientId =
        new QLineEdit(settings.value(QStringLiteral("google/clientId")).toString(), m_details);
    m_clientId->setObjectName(QStringLiteral("googleClientId"));
    m_clientId->setAccessibleName(GoogleTab::tr("Google client ID"));
    m_clientId->setPlaceholderText(QStringLiteral("1234567890-abc….apps.googleusercontent.com"));
    m_clientSecret =
        new QLineEdit(settings.value(QStringLiteral("google/clientSecret")).toString(), m_details);
    m_clientSecret->setObjectName(QStringLiteral("googleClientSecret"));
    m_clientSecret->setAccessibleName(GoogleTab::tr("Google client secret"));
    m_clientSecret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_save = new QPushButton(GoogleTab::tr("Save"), m_details);
    m_save->setObjectName(QStringLiteral("googleSaveClient"));
    auto *idLabel = new QLabel(GoogleTab::tr("Client ID:"), m_details);
    idLabel->setObjectName(QStringLiteral("googleClientIdLabel"));
    idLabel->setBuddy(m_clientId);
    auto *secretLabel = new QLabel(GoogleTab::tr("Secret:"), m_details);
    secretLabel->setObjectName(QStringLiteral("googleClientSecretLabel"));
    secretLabel->setBuddy(m_clientSecret);
    grid->addWidget(idLabel, 1, 0);
    grid->addWidget(m_clientId, 1, 1);
    grid->addWidget(secretLabel, 1, 2);
    grid->addWidget(m_clientSecret, 1, 3);
    grid->addWidget(m_save, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    if (fromEnvironment) {
        m_clientId->setText(GoogleEndpoints::load().clientId);
        for (QWidget *w : QList<QWidget *>{m_clientId, m_clientSecret, m_save})
            w->setEnabled(false);
    }
    connect(m_save, &QPushButton::clicked, this, &GoogleClientBox::saveRequested);
    connect(m_toggle, &QToolButton::toggled, this, &GoogleClientBox::setExpanded);
    setExpanded(false);
}

QString GoogleClientBox::clientId() const
{
    return m_clientId->text().trimmed();
}

QString GoogleClientBox::clientSecret() const
{
    return m_clientSecret->text().trimmed();
}

QString GoogleClientBox::toggleText() const
{
    return m_toggle->text();
}

bool GoogleClientBox::isExpanded() const
{
    return m_toggle->isChecked();
}

void GoogleClientBox::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
}

} // namespace empfang
