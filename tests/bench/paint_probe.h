#pragma once

#include <QEvent>
#include <QObject>

namespace empfang::bench {

/// Installed on the grid's viewport: notes when it is painted the first time.
class PaintProbe : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace empfang::bench
