#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace empfang {

class Database;
class TextRuleHint;

/// Search-as-you-type patient chooser: a field and a result list that Up/Down walk from the field.
/// The best existing match is chosen; a new patient only when the receptionist picks "Create new
/// patient" or nobody matches and the text looks like "first name last name".
class PatientPicker : public QWidget
{
    Q_OBJECT
public:
    PatientPicker(Database &db, const QString &namePrefix, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    /// The chosen patient's id, 0 for a new patient, -1 for no choice (also while the typed
    /// name breaks the input rules: the hint under the field says why).
    qint64 patientId() const;
    /// The new patient's name when patientId() is 0.
    QString newName() const;
    void search(const QString &text);

    /// Fills `list` with the patients matching `text`, best match first and current, and the
    /// explicit "Create new patient" entry last (item data Qt::UserRole: patient id, 0 = new).
    /// Returns the repository's error, empty on success. Shared with the booking dialog.
    static QString fill(QListWidget *list, Database &db, const QString &text, bool withPhone,
                        int limit);
    /// True for text that can only be a new patient's name: two or more words of letters.
    static bool looksLikeName(const QString &text);

signals:
    void changed();
    void activated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Database &m_db;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    TextRuleHint *m_hint = nullptr;
};

} // namespace empfang
