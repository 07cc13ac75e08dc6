#pragma once

#include "domain/text_rules.h"

#include <QLabel>

#include <initializer_list>

class QLineEdit;
class QPlainTextEdit;

namespace empfang {

/// The sentence of TextRules under a text field, shown while the field breaks a rule (too long,
/// a tab, a line break in a name, a reading-direction character) and hidden otherwise. The
/// dialog keeps its "Save"/"Book" button disabled while any hint shows, so the reason is on
/// screen before the button is pressed — the repositories would refuse the text anyway.
class TextRuleHint : public QLabel
{
    Q_OBJECT
public:
    TextRuleHint(QLineEdit *field, TextRules::Kind kind, QWidget *parent);
    TextRuleHint(QPlainTextEdit *field, TextRules::Kind kind, QWidget *parent);

    bool isOk() const { return m_problem.isEmpty(); }
    /// For a form with one text field: these buttons are enabled only while the text is fine.
    void disables(std::initializer_list<QWidget *> buttons);

Q_SIGNALS:
    /// After every check whose outcome changed.
    void validityChanged(bool ok);

private:
    void setUp(QWidget *field);
    void check(const QString &text);

    TextRules::Kind m_kind;
    QString m_problem;
};

} // namespace empfang
