#include "booking/text_rule_hint.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace empfang {

TextRuleHint::TextRuleHint(QLineEdit *field, TextRules::Kind kind, QWidget *parent)
    : QLabel(parent), m_kind(kind)
{
    setUp(field);
    connect(field, &QLineEdit::textChanged, this, &TextRuleHint::check);
    check(field->text());
}

TextRuleHint::TextRuleHint(QPlainTextEdit *field, TextRules::Kind kind, QWidget *parent)
    : QLabel(parent), m_kind(kind)
{
    setUp(field);
    connect(field, &QPlainTextEdit::textChanged, this,
            [this, field] { check(field->toPlainText()); });
    check(field->toPlainText());
}

void TextRuleHint::setUp(QWidget *field)
{
    setObjectName(field->objectName() + QStringLiteral("Hint"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    hide();
}

void TextRuleHint::disables(std::initializer_list<QWidget *> buttons)
{
    const QList<QWidget *> list(buttons);
    for (QWidget *b : list)
        b->setEnabled(isOk());
    connect(this, &TextRuleHint::validityChanged, this, [list](bool ok) {
        for (QWidget *b : list)
            b->setEnabled(ok);
    });
}

void TextRuleHint::check(const QString &text)
{
    const QString problem = TextRules::problem(text, m_kind);
    if (problem == m_problem)
        return;
    const bool wasOk = isOk();
    m_problem = problem;
    setText(problem);
    setVisible(!problem.isEmpty());
    if (wasOk != isOk())
        Q_EMIT validityChanged(isOk());
}

} // namespace empfang
