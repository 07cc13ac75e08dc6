#pragma once

#include "settings/settings_tab.h"
#include "storage/google_connection.h"

#include <QPointer>
#include <QSet>

#include <memory>

class QTableWidget;

namespace empfang {

namespace Ui {
class GoogleTab;
}

class ConsentDialog;
class ConsentLogDialog;
class GoogleCalendarDialog;
class GoogleConnectionService;
class GooglePractitionerTable;

/// Settings tab "Google-Kalender", in the practitioners' words: per practitioner the
/// connection state (connected / read-only / not connected / revoked in Google), granted
/// permissions and whether this computer keeps the access (the keychain holds a token);
/// connect (through the consent screen), disconnect, calendar choice and the consent log. The
/// practice's OAuth client sits collapsed at the bottom, for the IT. Without a service (tests,
/// no network) it only says that the connection is not available.
class GoogleTab : public SettingsTab
{
    Q_OBJECT
public:
    GoogleTab(Database &db, GoogleConnectionService *service, QWidget *parent);
    ~GoogleTab() override;

    void reload() override;

    /// The practitioner selected in the list (0 = none).
    qint64 currentPractitioner() const;
    void selectPractitioner(qint64 practitionerId);
    QTableWidget *table() const;

    /// The actions behind the buttons, for the selected practitioner. The dialogs are opened
    /// non-modally-blocking (open()) and delete themselves when closed.
    ConsentDialog *openConsent();
    void disconnectCurrent();
    GoogleCalendarDialog *openCalendars();
    ConsentLogDialog *openConsentLog();

    /// The text of a connection state as shown in the list.
    static QString stateLabel(GoogleConnection::State state);

private:
    /// The practice's OAuth client as stored (QSettings), read-only when
    /// EMPFANG_GOOGLE_CLIENT_ID sets it.
    void showClient();
    void setTechnicalExpanded(bool expanded);
    void saveClient();
    void updateRow(qint64 practitionerId);
    void updateButtons();

    GoogleConnectionService *m_service;
    // The layout (ui/google/google_tab.ui); none without a service.
    std::unique_ptr<Ui::GoogleTab> m_ui;
    std::unique_ptr<GooglePractitionerTable> m_rows; // the form's table; none without a service
    QSet<qint64> m_busy; // practitioners with a connect/disconnect under way
    QPointer<ConsentDialog> m_consentDialog;
};

} // namespace empfang
