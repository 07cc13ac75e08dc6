#pragma once

#include <QWidget>

class QGroupBox;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace empfang {

/// The Google tab's technical part for the practice's IT: the OAuth client ID and secret as
/// stored in QSettings (read-only when EMPFANG_GOOGLE_CLIENT_ID sets them). Collapsed behind
/// "Technical details (for IT)" so that practitioners, who only connect their calendar, are
/// not met by OAuth vocabulary. Saving is GoogleTab's; its texts keep GoogleTab's translation
/// context.
class GoogleClientBox : public QWidget
{
    Q_OBJECT
public:
    explicit GoogleClientBox(QWidget *parent);

    QString clientId() const;
    QString clientSecret() const;

    /// The text of the toggle, for messages that point the IT to it.
    QString toggleText() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

signals:
    void saveRequested();

private:
    QToolButton *m_toggle = nullptr;
    QGroupBox *m_details = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace empfang
