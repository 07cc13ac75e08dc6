#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

class QPushButton;

namespace empfang {

namespace Ui {
class ConsentDialog;
}

class GoogleConnectionService;

/// The consent screen before a practitioner's Google connection (DSGVO Art. 6(1)(a), Art. 7):
/// the privacy notice with its version and SHA-256, the two permissions in plain words and an
/// explicit checkbox. "Connect with Google" stays disabled until it is ticked. Connecting opens
/// the system browser and waits — without blocking — for GoogleConnectionService's answer.
class ConsentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Phase { Asking, Waiting, Connected, Failed };

    ConsentDialog(GoogleConnectionService &service, qint64 practitionerId,
                  const QString &practitionerName, QWidget *parent = nullptr);
    ~ConsentDialog() override;

    Phase phase() const { return m_phase; }
    /// The sentence shown after the attempt (success, read-only note or German error).
    QString resultText() const;

    void reject() override;

signals:
    /// The attempt ended (the dialog stays open to show the result).
    void finishedConnecting(qint64 practitionerId, bool ok, const QString &message);

private:
    void startConnecting();
    void onAuthorizationUrl(qint64 practitionerId, const QUrl &url);
    void onConnectFinished(qint64 practitionerId, bool ok, const QString &message);
    void setPhase(Phase phase);

    GoogleConnectionService &m_service;
    qint64 m_practitionerId;
    Phase m_phase = Phase::Asking;
    std::unique_ptr<Ui::ConsentDialog> m_ui; // the layout: ui/google/consent_dialog.ui
    QPushButton *m_connect = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_cancelText; // the platform's translated "Cancel"
};

} // namespace empfang
