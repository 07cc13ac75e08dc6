#pragma once

#include <QtGlobal>

#include <optional>

namespace empfang {

/// Which types a practitioner offers, with an optional own duration. A value of its own so the
/// window reads offers through PracticeDirectory without seeing PractitionerRepository.
struct TypeOffer
{
    qint64 typeId = 0;
    std::optional<int> minutes;
};

} // namespace empfang
