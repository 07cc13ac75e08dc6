#include "common/combo_fill.h"

#include "booking/practice_directory.h"

#include <QComboBox>

#include <algorithm>

namespace empfang::ComboFill {

void addPractitioners(QComboBox *box, Database &db)
{
    if (auto list = PracticeDirectory(db).practitioners()) {
        for (const Practitioner &p : list.value())
            box->addItem(p.name, p.id);
    }
}

void addTypes(QComboBox *box, const QList<AppointmentType> &types, const QString &format)
{
    for (const AppointmentType &t : types)
        box->addItem(format.arg(t.name).arg(t.minutes), t.id);
}

void addTypes(QComboBox *box, Database &db, const QString &format)
{
    if (auto list = PracticeDirectory(db).types())
        addTypes(box, list.value(), format);
}

void select(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace empfang::ComboFill
