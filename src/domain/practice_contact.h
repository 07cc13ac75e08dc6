#pragma once

#include <QString>

namespace empfang {

/// How patients reach the practice (printed on the appointment card), and the card's size.
struct PracticeContact
{
    enum class CardFormat { A6, BusinessCard, A4 };

    QString address; // one line, e.g. "Hauptstraße 1, 10115 Berlin"
    QString phone;
    QString email;
    QString website;
    CardFormat cardFormat = CardFormat::A6;

    bool operator==(const PracticeContact &) const = default;
};

} // namespace empfang
