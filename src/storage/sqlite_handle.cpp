#include "sqlite_handle.h"

#include <thread>

namespace empfang {

namespace {

constexpr int kFineTries = 100; // × 0.2 ms = 20 ms
constexpr int kCoarseTries = (5000 - 20) / 5;

int busyWait(void *, int tries)
{
    if (tries < kFineTries)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    else if (tries < kFineTries + kCoarseTries)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    else
        return 0; // SQLITE_BUSY: "locked"
    return 1;
}

} // namespace

void waitBrieflyForLocks(sqlite3 *handle)
{
    if (handle)
        sqlite3_busy_handler(handle, &busyWait, nullptr);
}

} // namespace empfang
