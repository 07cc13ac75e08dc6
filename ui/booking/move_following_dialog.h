#pragma once

#include "domain/appointment.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

class QDateTimeEdit;

namespace empfang {

namespace Ui {
class MoveFollowingDialog;
}

class SeriesService;

/// Moves an appointment and the later ones of its series: the chosen session goes to the new
/// date and time, the rest shift by the same number of days to the same new time. All or nothing.
class MoveFollowingDialog : public QDialog
{
    Q_OBJECT
public:
    MoveFollowingDialog(SeriesService &series, const Appointment &appointment,
                        const QTimeZone &zone, QWidget *parent = nullptr);
    ~MoveFollowingDialog() override;

    const QList<Appointment> &moved() const { return m_moved; }
    QString errorText() const;
    QDateTimeEdit *timeEdit() const;

public slots:
    void accept() override;

private:
    SeriesService &m_series;
    Appointment m_appointment;
    QTimeZone m_zone;
    QList<Appointment> m_moved;
    std::unique_ptr<Ui::MoveFollowingDialog> m_ui; // the layout: move_following_dialog.ui
};

} // namespace empfang
