#pragma once

#include "settings/settings_tab.h"

#include <functional>

class QFormLayout;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace empfang {

class TextRuleHint;

/// A settings tab of one list on the left and the form of its current row on the right, with a
/// name field and "add as new" / "save changes" buttons (PractitionersTab, TypesTab): wiring
/// the form, which row is current, making a row current by its id, and saving as the answer
/// when the dialog asks about unsaved changes.
class ListFormTab : public SettingsTab
{
    Q_OBJECT
public:
    using SettingsTab::SettingsTab;
    bool saveChanges() final;

protected:
    /// Wires the form: `list` becomes m_list; the name's rule hint goes under the name (row 1
    /// of `form`) and keeps both buttons disabled while the name is refused; a new current row
    /// is shown (showCurrent), the buttons call add() and save().
    void setUpListForm(QListWidget *list, QFormLayout *form, QLineEdit *name,
                       QPushButton *addButton, QPushButton *saveButton);
    /// Fills the form from the current row.
    virtual void showCurrent() = 0;
    /// Adds the form as a new row; says why not through fail().
    virtual void add() = 0;
    /// Saves the form into the current row; says why not through fail().
    virtual void save() = 0;
    /// The id of the current row (stored under Qt::UserRole), 0 without one.
    qint64 currentId() const;
    /// Makes the row with `id` current, if the list has it.
    void selectId(qint64 id);
    /// Refills the list: clears it, lets `fill` add the rows (addRow; false when reading failed,
    /// after fail()), keeps the current row by its id — else the first — and shows it in the
    /// form once (the list's signals are blocked while it refills).
    void refill(const std::function<bool()> &fill);
    /// A row of the list that stands for `id`.
    QListWidgetItem *addRow(const QString &text, qint64 id);

    QListWidget *m_list = nullptr;
    TextRuleHint *m_nameHint = nullptr;
};

} // namespace empfang
