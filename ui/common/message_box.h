#pragma once

#include <QCoreApplication>
#include <QMessageBox>

#include <optional>

namespace empfang {

/// Thin wrapper around QMessageBox so GUI tests can answer the next question without a
/// nested event loop (the idea of KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    /// Asks a yes/no question; returns true for yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &yesText);
    /// Like confirm(), but Enter answers yes: for questions where going on is the normal case
    /// (a dropped move to another day).
    static bool confirmDefaultYes(QWidget *parent, const QString &title, const QString &text,
                                  const QString &yesText);
    /// Three answers: Yes (`yesText`, the default), No (`noText`) or Cancel (Escape).
    static QMessageBox::StandardButton choose(QWidget *parent, const QString &title,
                                              const QString &text, const QString &yesText,
                                              const QString &noText);
    /// Shows a warning the user has to acknowledge.
    static void warning(QWidget *parent, const QString &title, const QString &text);

    /// Test hook: the next message box is not shown and returns `answer` at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Test hook: the text of the last message box asked or shown (also when answered by hook).
    static QString lastText();

private:
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &yesText, bool yesIsDefault);

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace empfang
