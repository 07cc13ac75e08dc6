#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace empfang {

/// A value or a German sentence saying why there is none. Used at every boundary
/// where the user must learn what went wrong (the UI and the CLI print `error`).
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

/// Result without a value.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Status(Done{}); }

} // namespace empfang
