#pragma once

namespace empfang {

/// Where an appointment stands in its series: the 3rd of 6 ("3/6"). A value of its own so the
/// window reads it through AppointmentDirectory without seeing SeriesRepository.
struct SeriesPosition
{
    int number = 0; // 1-based
    int count = 0;
};

} // namespace empfang
