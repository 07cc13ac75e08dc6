#pragma once

#include "booking/slot_search.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QPushButton;

namespace empfang {

namespace Ui {
class NextFreeDialog;
}

/// "Next free slot": the earliest free times of a type across practitioners, filtered by time of
/// day (morning, afternoon, after HH:MM) and weekdays, as a short list. Enter asks to book the
/// chosen one (the window opens the booking dialog prefilled).
class NextFreeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Preference { AnyTime, Morning, Afternoon, After };

    NextFreeDialog(Database &db, const AvailabilityService &availability, qint64 typeId,
                   QWidget *parent = nullptr);
    ~NextFreeDialog() override;

    const QList<FreeSlot> &results() const { return m_results; }
    qint64 typeId() const;

public slots:
    void accept() override;
    void refresh();

signals:
    void bookRequested(qint64 practitionerId, qint64 startMs, qint64 typeId);

private:
    SlotPreference preference() const;

    Database &m_db;
    const AvailabilityService &m_availability;
    QTimeZone m_zone;
    QList<FreeSlot> m_results;
    std::unique_ptr<Ui::NextFreeDialog> m_ui; // the layout: ui/booking/next_free_dialog.ui
    QList<QCheckBox *> m_weekdays;
    QPushButton *m_book = nullptr;
};

} // namespace empfang
