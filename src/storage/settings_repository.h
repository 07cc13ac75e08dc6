#pragma once

#include "database.h"
#include "domain/practice_settings.h"
#include "domain/result.h"

namespace empfang {

/// Practice-wide settings, stored in the database so every desk shares them.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    PracticeSettings load() const;
    Status save(const PracticeSettings &settings);
    static QString validate(const PracticeSettings &settings);

private:
    Database &m_db;
};

} // namespace empfang
