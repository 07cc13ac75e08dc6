#pragma once

#include "settings/settings_tab.h"

#include <memory>

namespace empfang {

namespace Ui {
class DatabaseTab;
}

/// Settings › Datenbank: which database this desk uses now (a SQLite file or a
/// PostgreSQL server) and which one it uses from the next start on — for the
/// admin who moves a practice to PostgreSQL (README, "Mehrere Arbeitsplätze") —
/// and the name other desks see for this one.
class DatabaseTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit DatabaseTab(Database &db, QWidget *parent = nullptr);
    ~DatabaseTab() override;

    void reload() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;

private:
    bool saveDeskName();

    std::unique_ptr<Ui::DatabaseTab> m_ui; // the layout: ui/settings/database_tab.ui
};

} // namespace empfang
