#pragma once

#include <QGroupBox>

class QLineEdit;
class QPushButton;

namespace empfang {

/// The Google tab's "OAuth client of the practice" box: client ID and secret as stored in
/// QSettings, read-only when EMPFANG_GOOGLE_CLIENT_ID sets them. Saving is GoogleTab's; its
/// texts keep GoogleTab's translation context.
class GoogleClientBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit GoogleClientBox(QWidget *parent);

    QString clientId() const;
    QString clientSecret() const;

signals:
    void saveRequested();

private:
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace empfang
