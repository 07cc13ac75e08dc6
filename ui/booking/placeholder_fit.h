#pragma once

#include <QLineEdit>

#include <algorithm>

namespace empfang {

/// Makes a line edit at least as wide as its grey hint ("TT.MM.JJJJ (optional)"), so that a
/// narrow form or 125 % / 150 % scaling never cuts off what the field expects.
inline void fitPlaceholder(QLineEdit *edit)
{
    const QFontMetrics fm = edit->fontMetrics();
    edit->setMinimumWidth(
        std::max(edit->minimumWidth(),
                 fm.horizontalAdvance(edit->placeholderText()) + fm.averageCharWidth() * 6));
}

} // namespace empfang
