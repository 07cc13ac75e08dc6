#include "common/message_box.h"

#include <QPushButton>

namespace empfang {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &yesText)
{
    // "No" is the default: a stray Enter must not cancel a patient's appointment.
    return ask(parent, title, text, yesText, false);
}

bool MessageBox::confirmDefaultYes(QWidget *parent, const QString &title, const QString &text,
                                   const QString &yesText)
{
    return ask(parent, title, text, yesText, true);
}

QMessageBox::StandardButton MessageBox::choose(QWidget *parent, const QString &title,
                                               const QString &text, const QString &yesText,
                                               const QString &noText)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("chooseBox"));
    box.button(QMessageBox::Yes)->setText(yesText);
    box.button(QMessageBox::No)->setText(noText);
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::Cancel);
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBox::ask(QWidget *parent, const QString &title, const QString &text,
                     const QString &yesText, bool yesIsDefault)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer == QMessageBox::Yes;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.button(QMessageBox::Yes)->setText(yesText);
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(yesIsDefault ? QMessageBox::Yes : QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("warningBox"));
    box.exec();
}

} // namespace empfang
