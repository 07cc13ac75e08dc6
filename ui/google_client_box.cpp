#include "google_client_box.h"

#include "google/google_endpoints.h"
#include "google_tab.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace empfang {

GoogleClientBox::GoogleClientBox(QWidget *parent)
    : QGroupBox(GoogleTab::tr("OAuth client of the practice"), parent)
{
    setObjectName(QStringLiteral("googleClientBox"));
    // Never squeezed below its text when the revocation notice needs room too.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *grid = new QGridLayout(this);
    const bool fromEnvironment = qEnvironmentVariableIsSet("EMPFANG_GOOGLE_CLIENT_ID");
    QString help =
        GoogleTab::tr("From the practice's Google Cloud project: APIs & Services › Credentials › "
                      "OAuth client ID of type “Desktop app” (see the README).");
    if (fromEnvironment)
        help += QLatin1Char(' ') +
                GoogleTab::tr("Set by the environment variable EMPFANG_GOOGLE_CLIENT_ID.");
    auto *helpLabel = new QLabel(help, this);
    helpLabel->setObjectName(QStringLiteral("googleClientHelp"));
    helpLabel->setWordWrap(true);
    grid->addWidget(helpLabel, 0, 0, 1, 5);
    const QSettings settings;
    m_clientId = new QLineEdit(settings.value(QStringLiteral("google/clientId")).toString(), this);
    m_clientId->setObjectName(QStringLiteral("googleClientId"));
    m_clientId->setAccessibleName(GoogleTab::tr("Google client ID"));
    m_clientId->setPlaceholderText(QStringLiteral("1234567890-abc….apps.googleusercontent.com"));
    m_clientSecret =
        new QLineEdit(settings.value(QStringLiteral("google/clientSecret")).toString(), this);
    m_clientSecret->setObjectName(QStringLiteral("googleClientSecret"));
    m_clientSecret->setAccessibleName(GoogleTab::tr("Google client secret"));
    m_clientSecret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_save = new QPushButton(GoogleTab::tr("Save"), this);
    m_save->setObjectName(QStringLiteral("googleSaveClient"));
    auto *idLabel = new QLabel(GoogleTab::tr("Client ID:"), this);
    idLabel->setObjectName(QStringLiteral("googleClientIdLabel"));
    idLabel->setBuddy(m_clientId);
    auto *secretLabel = new QLabel(GoogleTab::tr("Secret:"), this);
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
}

QString GoogleClientBox::clientId() const
{
    return m_clientId->text().trimmed();
}

QString GoogleClientBox::clientSecret() const
{
    return m_clientSecret->text().trimmed();
}

} // namespace empfang
