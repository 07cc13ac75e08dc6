#include "booking/front_desk.h"

#include "booking/appointment_directory.h"
#include "booking/appointment_operations.h"
#include "booking/booking_service.h"
#include "booking/move_following_dialog.h"
#include "booking/next_free_dialog.h"
#include "booking/practice_directory.h"
#include "booking/series_dialog.h"
#include "booking/series_service.h"
#include "booking/undo_history.h"
#include "common/audit_log_dialog.h"
#include "common/message_box.h"
#include "common/shortcuts_dialog.h"
#include "documents/document_html.h"
#include "main_window.h"
#include "patients/patients_dialog.h"
#include "pdf_writer.h"
#include "privacy/retention_policy.h"
#include "schedule/schedule_view.h"

#include <QAction>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

namespace empfang {

FrontDesk::FrontDesk(MainWindow *window, Database &db, const Clock &clock,
                     const AvailabilityService &availability, BookingService &booking,
                     AppointmentOperations *operations)
    : QObject(window), m_window(window), m_db(db), m_clock(clock), m_availability(availability),
      m_booking(booking), m_operations(operations)
{
    setObjectName(QStringLiteral("frontDesk"));
    QAction *series = makeAction("actionBookSeries", tr("Book &series (prescription)…"),
                                 QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *moveFollowing = makeAction("actionMoveFollowing", tr("Move this and f&ollowing…"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QAction *following = makeAction("actionCancelFollowing", tr("Cancel this and &following…"),
                                    QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    QAction *patients =
        makeAction("actionPatients", tr("&Patients…"), QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *card = makeAction("actionPrintCard", tr("Print appointment &card…"),
                               QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *day = makeAction("actionPrintDayList", tr("Print &day list…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *audit = makeAction("actionAuditLog", tr("&Audit log…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *shortcuts =
        makeAction("actionShortcuts", tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1));
    connect(series, &QAction::triggered, this, &FrontDesk::openSeries);
    connect(following, &QAction::triggered, this, &FrontDesk::cancelFollowing);
    connect(moveFollowing, &QAction::triggered, this, &FrontDesk::moveFollowing);
    connect(patients, &QAction::triggered, this, &FrontDesk::openPatients);
    connect(card, &QAction::triggered, this, &FrontDesk::printCurrentCard);
    connect(day, &QAction::triggered, this, &FrontDesk::printDayList);
    connect(audit, &QAction::triggered, this, &FrontDesk::openAuditLog);
    connect(shortcuts, &QAction::triggered, this, &FrontDesk::openShortcuts);

    auto *desk = m_window->menuBar()->addMenu(tr("&Front desk"));
    desk->setObjectName(QStringLiteral("menuFrontDesk"));
    desk->addActions({series, moveFollowing, following});
    desk->addSeparator();
    desk->addActions({patients, card, day});
    desk->addSeparator();
    desk->addAction(audit);
    auto *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(shortcuts);

    // The cleanup runs once the window is up, so its report lands in the status bar.
    QTimer::singleShot(0, this, &FrontDesk::runRetention);
}

QAction *FrontDesk::makeAction(const char *objectName, const QString &text, const QKeySequence &key)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(key);
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
    m_window->addAction(action);
    return action;
}

void FrontDesk::message(const QString &text)
{
    m_window->statusBar()->showMessage(text);
}

void FrontDesk::openSeries()
{
    ScheduleView *view = m_window->scheduleView();
    qint64 practitioner = 0;
    // Without a chosen slot: the next start on the practice's grid, not "now" (14:49).
    const qint64 step =
        qint64(std::max(1, PracticeDirectory(m_db).settings().slotStepMinutes)) * 60000;
    qint64 start = (m_clock.nowMs() + step - 1) / step * step;
    if (const auto slot = view->currentFreeSlot()) {
        practitioner = slot->practitionerId;
        start = slot->span.startMs;
    } else if (const auto a = view->currentAppointment()) {
        practitioner = a->practitionerId;
        start = a->span.startMs;
    }
    auto *dialog =
        new SeriesDialog(m_db, m_booking, m_availability, practitioner, 0, start, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<Appointment> booked = dialog->booked();
        if (!booked.isEmpty()) {
            UndoHistory::Entry entry{UndoHistory::Kind::Booked,
                                     {},
                                     0,
                                     0,
                                     tr("the series of %1").arg(booked.first().patientName)};
            for (const Appointment &a : booked)
                entry.appointmentIds.append(a.id);
            m_operations->undoHistory()->push(entry);
        }
        emit changed();
        if (booked.isEmpty())
            return;
        // The dates, so the desk can tell the patient at once (and check them).
        const QTimeZone zone = PracticeDirectory(m_db).timeZone();
        QStringList dates;
        for (const Appointment &a : booked)
            dates << QDateTime::fromMSecsSinceEpoch(a.span.startMs, zone)
                         .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        message(tr("Series booked: %n appointment(s) for %1: %2.", "", int(booked.size()))
                    .arg(booked.first().patientName, dates.join(QStringLiteral(", "))));
    });
    dialog->open();
}

void FrontDesk::openNextFree(qint64 typeId)
{
    auto *dialog = new NextFreeDialog(m_db, m_availability, typeId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NextFreeDialog::bookRequested, this,
            [this](qint64 practitionerId, qint64 startMs, qint64 chosenType) {
                QList<AppointmentType> types;
                if (auto list = PracticeDirectory(m_db).types())
                    types = list.value();
                m_operations->book(practitionerId, startMs, types, chosenType);
            });
    dialog->open();
}

void FrontDesk::openPatients()
{
    auto *dialog = new PatientsDialog(m_db, m_booking, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PatientsDialog::changed, this, &FrontDesk::changed);
    connect(dialog, &PatientsDialog::printCardRequested, this, &FrontDesk::printCard);
    dialog->open();
}

void FrontDesk::openAuditLog()
{
    auto *dialog = new AuditLogDialog(m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FrontDesk::openShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_window->actions(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FrontDesk::preview(const QString &html, const QString &title, int format)
{
    m_lastHtml = html;
    const auto paper = PdfWriter::Format(format);
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(title);
    printer->setPageLayout(PdfWriter::pageLayout(paper));
    m_lastPageSizeMm = printer->pageLayout().fullRect(QPageLayout::Millimeter).size();
    auto *dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [html, paper](QPrinter *p) {
        QTextDocument document;
        document.setDefaultFont(PdfWriter::font(paper));
        document.setHtml(html);
        document.print(p);
    });
    dialog->open();
}

void FrontDesk::printCard(qint64 patientId)
{
    auto html = DocumentHtml::appointmentCard(m_db, patientId, m_clock.nowMs());
    if (!html) {
        message(html.error());
        return;
    }
    preview(html.value(), tr("Appointment card"),
            int(PracticeDirectory(m_db).contact().cardFormat));
}

void FrontDesk::printCurrentCard()
{
    const auto a = m_window->scheduleView()->currentAppointment();
    if (!a || !a->patientId) {
        message(tr("Select an appointment of the patient first, or print from Patients (%1).")
                    .arg(QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText)));
        return;
    }
    printCard(a->patientId);
}

void FrontDesk::printDayList()
{
    ScheduleView *view = m_window->scheduleView();
    // The practitioners the grid shows ("All practitioners" or the one chosen), in its order.
    QList<qint64> shown;
    QStringList names;
    for (const ScheduleColumn &c : view->data().columns) {
        if (!shown.contains(c.practitioner.id)) {
            shown << c.practitioner.id;
            names << c.practitioner.name;
        }
    }
    qint64 current = 0;
    if (const auto a = view->currentAppointment())
        current = a->practitionerId;
    else if (const auto slot = view->currentFreeSlot())
        current = slot->practitionerId;
    QList<qint64> chosen = shown;
    if (shown.size() > 1 && current != 0) {
        const QString currentName = names.value(int(shown.indexOf(current)));
        const auto answer = MessageBox::choose(
            m_window, tr("Print day list"),
            tr("Print the day list of all %n practitioner(s) shown (one page each) or only of "
               "%1?",
               "", int(shown.size()))
                .arg(currentName),
            tr("All shown"), tr("Only %1").arg(currentName));
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No)
            chosen = {current};
    } else if (shown.isEmpty() && current != 0) {
        chosen = {current};
    }
    auto html = DocumentHtml::dayList(m_db, chosen, m_window->date());
    if (!html) {
        message(html.error());
        return;
    }
    preview(html.value(), tr("Day list"), int(PdfWriter::Format::A4));
}

void FrontDesk::cancelFollowing()
{
    const auto a = m_window->scheduleView()->currentAppointment();
    if (!a || !a->blocksTime())
        return;
    auto series = AppointmentDirectory(m_db).seriesOf(a->id);
    const bool inSeries = series && series.value() != 0;
    if (!MessageBox::confirm(m_window, tr("Cancel appointments"),
                             inSeries ? tr("Cancel this appointment of %1 and all later ones of "
                                           "the series?")
                                            .arg(a->patientName)
                                      : tr("This appointment is not part of a series. Cancel "
                                           "it?"),
                             tr("Cancel appointments")))
        return;
    auto cancelled = SeriesService(m_db, m_booking, m_clock).cancelFollowing(a->id);
    if (!cancelled) {
        message(cancelled.error());
        return;
    }
    if (!cancelled->isEmpty()) {
        UndoHistory::Entry entry{UndoHistory::Kind::Cancelled,
                                 {},
                                 0,
                                 0,
                                 tr("the cancellation of %1").arg(a->patientName)};
        for (const Appointment &c : cancelled.value())
            entry.appointmentIds.append(c.id);
        m_operations->undoHistory()->push(entry);
    }
    emit changed();
    message(tr("%n appointment(s) cancelled.", "", int(cancelled->size())));
}

void FrontDesk::moveFollowing()
{
    const auto a = m_window->scheduleView()->currentAppointment();
    if (!a || !a->blocksTime())
        return;
    auto *series = new SeriesService(m_db, m_booking, m_clock);
    auto *dialog =
        new MoveFollowingDialog(*series, a.value(), PracticeDirectory(m_db).timeZone(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [series] { delete series; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit changed();
        message(tr("%n appointment(s) moved.", "", int(dialog->moved().size())));
    });
    dialog->open();
}

void FrontDesk::runRetention()
{
    RetentionPolicy policy(m_db);
    if (policy.years() == 0)
        return;
    auto report = policy.cleanup(m_booking, m_clock);
    if (!report) {
        message(report.error());
        return;
    }
    if (report->patients > 0) {
        emit changed();
        message(RetentionPolicy::describe(report.value()));
    }
}

} // namespace empfang
