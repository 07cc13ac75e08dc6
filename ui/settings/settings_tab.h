#pragma once

#include <QWidget>

class QComboBox;

namespace empfang {

class Database;

/// Common shape of the settings tabs: they write through repositories at once and report
/// the outcome as a sentence; `changed` lets the other tabs reload their choices.
class SettingsTab : public QWidget
{
    Q_OBJECT
public:
    SettingsTab(Database &db, QWidget *parent) : QWidget(parent), m_db(db) {}

    /// Re-reads everything this tab shows from the database.
    virtual void reload() = 0;
    /// True while the fields hold edits that are not stored yet (asked about before closing).
    virtual bool hasUnsavedChanges() const { return false; }
    /// Stores those edits; false (with the message shown) when the input was refused.
    virtual bool saveChanges() { return true; }

signals:
    void message(const QString &text, bool error);
    void changed();

protected:
    void fail(const QString &text) { emit message(text, true); }
    void done(const QString &text)
    {
        emit message(text, false);
        emit changed();
    }
    /// Fills `box` with all practitioners (inactive ones too: their hours and absences still
    /// matter) and keeps the current choice, without emitting change signals.
    void refillPractitioners(QComboBox *box);

    Database &m_db;
};

} // namespace empfang
