#pragma once

#include "settings_tab.h"

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace empfang {

class TextRuleHint;

/// Practitioners: add, rename, deactivate, and which appointment types each offers.
class PractitionersTab : public SettingsTab
{
    Q_OBJECT
public:
    PractitionersTab(Database &db, QWidget *parent = nullptr);
    void reload() override;

private:
    qint64 currentId() const;
    void showCurrent();
    void add();
    void save();
    void saveOffers();

    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    TextRuleHint *m_nameHint = nullptr;
    QCheckBox *m_active = nullptr;
    QListWidget *m_offers = nullptr;
};

} // namespace empfang
