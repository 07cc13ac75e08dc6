#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QTabWidget;

namespace empfang {

class Database;
class GoogleConnectionService;
class AbsencesTab;
class GoogleTab;
class SettingsTab;

/// Practice setup in tabs: practice rules, practitioners, appointment types, working hours,
/// absences, Google Calendar. Each tab writes at once through its repository; invalid input
/// shows a German message at the bottom and changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Database &db, QWidget *parent = nullptr);
    /// With the Google tab working on `google` (null: the tab says it is not available).
    SettingsDialog(Database &db, GoogleConnectionService *google, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QString message() const;
    GoogleTab *googleTab() const { return m_googleTab; }
    /// Brings the Google tab to the front with `practitionerId` selected (0 = keep).
    void showGoogleTab(qint64 practitionerId = 0);
    /// The day the desk shows: a new absence defaults to its working hours.
    void setDay(const QDate &day);

public slots:
    /// Closing with edits not yet stored asks first: save, discard or stay.
    void done(int result) override;

signals:
    /// Something was stored: the grid behind the dialog reloads at once.
    void changed();
    /// "Move appointments…" after an absence over booked ones.
    void moveRequested(const QList<qint64> &appointmentIds);

private:
    void showMessage(const QString &text, bool error);

    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    GoogleTab *m_googleTab = nullptr;
    AbsencesTab *m_absencesTab = nullptr;
    QList<std::pair<SettingsTab *, QString>> m_tabList;
};

} // namespace empfang
