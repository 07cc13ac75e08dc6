#pragma once

#include <QCheckBox>
#include <QList>
#include <QLocale>

namespace empfang {

/// Labels a form's row of seven weekday check boxes (Monday first) in the user's language:
/// the short day name on the box, the full one for screen readers. The names come from the
/// locale, so they are set here and not in the .ui file.
inline void nameWeekdays(const QList<QCheckBox *> &boxes)
{
    const QLocale locale;
    for (int d = 1; d <= boxes.size(); ++d) {
        boxes[d - 1]->setText(locale.dayName(d, QLocale::ShortFormat));
        boxes[d - 1]->setAccessibleName(locale.dayName(d));
    }
}

} // namespace empfang
