#pragma once

#include "domain/result.h"
#include "settings/settings_tab.h"

#include <QList>
#include <QStringList>

#include <utility>

class QBoxLayout;
class QComboBox;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace empfang {

/// The shape HoursTab and AbsencesTab share: a practitioner chooser on top, that
/// practitioner's rows in a table, a row of fields with an "Add" button under it and
/// "Remove selected" at the bottom. A subclass lays out its fields with addEntryRow() and says
/// what a row is (showRows, addEntry, removeRow).
class PractitionerRowsTab : public SettingsTab
{
    Q_OBJECT
public:
    /// Object names for the GUI tests and the sentences of "Remove selected".
    struct Setup
    {
        QString tabName, practitionerName, tableName, removeName;
        QStringList headers;
        QString noSelection; // "Please choose … in the table first."
        QString removed;     // "… removed."
    };

    PractitionerRowsTab(Database &db, const Setup &setup, QWidget *parent);
    void reload() override;

protected:
    /// Fills the table with the current practitioner's rows (setRows).
    virtual void showRows() = 0;
    /// The add button was pressed.
    virtual void addEntry() = 0;
    virtual Status removeRow(qint64 id) = 0;
    /// Another practitioner was chosen (and after reload): shows their rows.
    virtual void practitionerChanged() { showRows(); }

    /// Puts `fields` and an add button called `addText` under the table; returns the button.
    QPushButton *addEntryRow(const QList<QWidget *> &fields, const QString &addText,
                             const QString &addName);
    /// The row addEntryRow() built, e.g. to let one field stretch.
    QBoxLayout *entryRow() const { return m_entryRow; }
    /// A widget between the entry row and "Remove selected" (a hint under a field).
    void addBelowEntryRow(QWidget *widget);

    /// A field of the entry row, named for the GUI tests and for screen readers.
    template <class Field, class... Args>
    Field *makeField(const char *objectName, const QString &accessibleName, Args &&...args)
    {
        auto *field = new Field(std::forward<Args>(args)..., this);
        field->setObjectName(QString::fromLatin1(objectName));
        field->setAccessibleName(accessibleName);
        return field;
    }

    qint64 practitionerId() const;
    /// Replaces the table's content; every cell of a row carries the row's id.
    void setRows(const QList<std::pair<qint64, QStringList>> &rows);

private:
    void removeSelected();

    Setup m_setup;
    QComboBox *m_practitioner = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QBoxLayout *m_entryRow = nullptr;
};

} // namespace empfang
