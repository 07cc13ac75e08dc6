#pragma once

#include <QString>

#include <iterator>

namespace empfang {

/// The colour given to the practitioner or appointment type added as number `index`
/// (0-based), by the settings dialog, the first-run wizard and empfang-cli alike: distinct side
/// by side and print-friendly (Tableau 10, ordered so that neighbouring grid columns differ
/// most); after ten it starts again. The settings dialog can change it later.
inline QString paletteColour(qsizetype index)
{
    static const char *const kPalette[] = {"#4e79a7", "#59a14f", "#b07aa1", "#f28e2b", "#e15759",
                                           "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"};
    constexpr qsizetype kCount = qsizetype(std::size(kPalette));
    return QString::fromLatin1(kPalette[((index % kCount) + kCount) % kCount]);
}

} // namespace empfang
