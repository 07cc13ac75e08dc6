#pragma once

#include "domain/appointment_type.h"

#include <QList>
#include <QString>
#include <QVariant>

class QComboBox;

namespace empfang {

class Database;

/// Fills the practitioner and appointment-type choosers the dialogs and the toolbar share.
/// Labels stay translated by the caller, so every tr() keeps its own class's context.
namespace ComboFill {

/// Appends every practitioner (name, id as data) after what the box already holds.
void addPractitioners(QComboBox *box, Database &db);
/// Appends `types`, labelled by `format` ("%1 (%2 min)": name, minutes), id as data.
void addTypes(QComboBox *box, const QList<AppointmentType> &types, const QString &format);
/// Appends every appointment type of the database, as above.
void addTypes(QComboBox *box, Database &db, const QString &format);
/// Selects the item carrying `data`, else the first one.
void select(QComboBox *box, const QVariant &data);

} // namespace ComboFill

} // namespace empfang
