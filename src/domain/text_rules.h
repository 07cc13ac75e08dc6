#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace empfang {

/// The rules for everything a person types or a script passes in, in one place: the CLI checks
/// its options with them before it opens the database, the dialogs show their sentence under a
/// field while it is typed, and the repositories check again before a row is written (defence
/// in depth: a new code path cannot store what the desk would refuse). Pure functions.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    /// Names: practitioner, patient, type, practice, absence reason, phone, e-mail. Single line.
    static constexpr int kMaxName = 200;
    /// Notes of appointments: line breaks allowed.
    static constexpr int kMaxNote = 2000;

    enum class Kind { Name, Note };

    /// Leading and trailing spaces removed. Only spaces: a tab or a line break at the edge is
    /// refused like anywhere else instead of silently disappearing.
    static QString trimmed(const QString &text);
    /// Empty when `text` may be stored (after trimmed()); otherwise why not, as one sentence.
    /// Emptiness is not checked here: whether a field is required is the caller's rule.
    static QString problem(const QString &text, Kind kind);
    static QString nameProblem(const QString &text) { return problem(text, Kind::Name); }
    static QString noteProblem(const QString &text) { return problem(text, Kind::Note); }

    /// What a repository checks before it writes: the sentence of problem(), led by the
    /// field's label ("Note: …"), as it reaches the user without the dialog's field next to it.
    enum class Field { Name, Phone, Email, Reason, Note };
    static QString check(Field field, const QString &text);

    /// "12" → 12. Plain digits and greater than 0 only: " 1", "+1", "1.0" and "0" are no ids.
    static std::optional<qint64> positiveId(const QString &text);
    /// "0", "25" → the number; plain digits only ("-1", " 5" and "5 " are not).
    static std::optional<int> count(const QString &text);
    /// "-5", "30" → the number: digits with an optional leading minus, nothing else.
    static std::optional<int> integer(const QString &text);
    /// "1,4" → {1, 4}: weekdays 1–7 separated by single commas ("1,,4", "1,", "" are not).
    static std::optional<QList<int>> weekdays(const QString &text);
};

} // namespace empfang
