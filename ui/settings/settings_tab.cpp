#include "settings/settings_tab.h"

#include "booking/practice_directory.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace empfang {

void SettingsTab::refillPractitioners(QComboBox *box)
{
    const QVariant keep = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    if (auto list = PracticeDirectory(m_db).practitioners(true)) {
        for (const Practitioner &p : list.value())
            box->addItem(p.name, p.id);
    }
    box->setCurrentIndex(std::max(0, box->findData(keep)));
}

} // namespace empfang
