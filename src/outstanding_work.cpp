#include "outstanding_work.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWork, "empfang.work", QtInfoMsg)

namespace empfang {

OutstandingWork &OutstandingWork::instance()
{
    static OutstandingWork work;
    return work;
}

OutstandingWork::Token OutstandingWork::begin(const char *what)
{
    OutstandingWork &work = instance();
    ++work.m_count;
    qCDebug(lcWork) << "work started:" << what << "outstanding:" << work.m_count;
    return Token(nullptr, [what](void *) {
        OutstandingWork &w = instance();
        --w.m_count;
        qCDebug(lcWork) << "work done:" << what << "outstanding:" << w.m_count;
        if (w.m_count == 0)
            Q_EMIT w.idle();
    });
}

void OutstandingWork::reportAbandoned() const
{
    qCWarning(lcWork) << "gave up waiting for" << m_count << "outstanding piece(s) of work";
}

} // namespace empfang
