// The window's actions, menus and toolbar: what the receptionist can do, with its shortcut,
// kept apart from main_window.cpp, which reacts to them.
#include "main_window.h"

#include "appointment_operations.h"
#include "front_desk.h"
#include "schedule_days.h"
#include "schedule_view.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace empfang {

namespace {

// A toolbar chooser behind its label ("<name>Label" is the label's object name).
QComboBox *addLabelledCombo(QToolBar *bar, const QString &text, const char *name)
{
    auto *label = new QLabel(text, bar);
    label->setObjectName(QString::fromLatin1(name) + QStringLiteral("Label"));
    bar->addWidget(label);
    auto *combo = new QComboBox(bar);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(combo);
    label->setBuddy(combo);
    return combo;
}

} // namespace

QAction *MainWindow::makeAction(const char *objectName, const QString &text,
                                const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setToolTip(
            tr("%1 (%2)").arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
    }
    addAction(action); // shortcuts work even when the action sits only in a context menu
    return action;
}

void MainWindow::createActions()
{
    m_today = makeAction("actionToday", tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_Home));
    m_previousDay =
        makeAction("actionPreviousDay", tr("Previous day"), QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextDay = makeAction("actionNextDay", tr("Next day"), QKeySequence(Qt::ALT | Qt::Key_Right));
    m_previousWeek = makeAction("actionPreviousWeek", tr("Previous week"),
                                QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextWeek =
        makeAction("actionNextWeek", tr("Next week"), QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_dayView = makeAction("actionDayView", tr("&Day"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_weekView = makeAction("actionWeekView", tr("&Week"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_refresh = makeAction("actionRefresh", tr("&Refresh"), QKeySequence(Qt::Key_F5));
    m_book = makeAction("actionBook", tr("&Book appointment…"), {});
    m_nextFree = makeAction("actionNextFree", tr("&Next free slot"), QKeySequence(Qt::Key_F3));
    m_move = makeAction("actionMove", tr("&Move…"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_cancel = makeAction("actionCancelAppointment", tr("&Cancel appointment…"),
                          QKeySequence(Qt::Key_Delete));
    m_noShow =
        makeAction("actionNoShow", tr("&No-show…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_reinstate = makeAction("actionReinstate", tr("Take back the cancellation"), {});
    m_attended = makeAction("actionAttended", tr("Attended after &all"), {});
    m_undo = makeAction("actionUndo", tr("&Undo"), QKeySequence::Undo);
    m_settings =
        makeAction("actionSettings", tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quit = makeAction("actionQuit", tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_nextFree->setToolTip(tr("List the next free slots of the chosen type (F3)"));

    m_viewModes = new QActionGroup(this);
    m_viewModes->setObjectName(QStringLiteral("viewModes"));
    for (QAction *a : {m_dayView, m_weekView}) {
        a->setCheckable(true);
        m_viewModes->addAction(a);
    }
    m_weekView->setChecked(true);

    connect(m_today, &QAction::triggered, this,
            [this] { setDate(ScheduleDays::today(m_db, m_clock.nowMs())); });
    connect(m_previousDay, &QAction::triggered, this, [this] { setDate(m_date.addDays(-1)); });
    connect(m_nextDay, &QAction::triggered, this, [this] { setDate(m_date.addDays(1)); });
    connect(m_previousWeek, &QAction::triggered, this, [this] { setDate(m_date.addDays(-7)); });
    connect(m_nextWeek, &QAction::triggered, this, [this] { setDate(m_date.addDays(7)); });
    connect(m_viewModes, &QActionGroup::triggered, this, &MainWindow::reload);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(m_book, &QAction::triggered, this, [this] {
        if (const auto slot = m_view->currentFreeSlot())
            bookSlot(slot->practitionerId, slot->span.startMs);
    });
    // F3 lists the next free slots to choose from; Shift+F3 only moves the grid cursor there.
    connect(m_nextFree, &QAction::triggered, this,
            [this] { m_frontDesk->openNextFree(m_typeChooser->currentData().toLongLong()); });
    connect(makeAction("actionJumpToNextFree", tr("Show next free slot in the grid"),
                       QKeySequence(Qt::SHIFT | Qt::Key_F3)),
            &QAction::triggered, this, &MainWindow::jumpToNextFree);
    connect(m_move, &QAction::triggered, this, [this] { m_operations->moveCurrent(); });
    connect(m_cancel, &QAction::triggered, this,
            [this] { m_operations->changeCurrentStatus(AppointmentStatus::Cancelled); });
    connect(m_noShow, &QAction::triggered, this,
            [this] { m_operations->changeCurrentStatus(AppointmentStatus::NoShow); });
    connect(m_settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createToolBarAndMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addActions({m_dayView, m_weekView});
    view->addSeparator();
    view->addActions({m_today, m_previousDay, m_nextDay, m_previousWeek, m_nextWeek});
    view->addSeparator();
    view->addAction(m_refresh);
    auto *appointment = menuBar()->addMenu(tr("&Appointment"));
    appointment->setObjectName(QStringLiteral("menuAppointment"));
    appointment->addActions({m_book, m_nextFree});
    appointment->addSeparator();
    appointment->addActions({m_move, m_cancel, m_noShow, m_reinstate, m_attended});
    appointment->addSeparator();
    appointment->addAction(m_undo);

    auto *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_previousWeek->setIconText(QStringLiteral("«"));
    m_previousDay->setIconText(QStringLiteral("‹"));
    m_nextDay->setIconText(QStringLiteral("›"));
    m_nextWeek->setIconText(QStringLiteral("»"));
    bar->addAction(m_today);
    bar->addActions({m_previousWeek, m_previousDay});
    m_dateEdit = new QDateEdit(bar);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("ddd, dd.MM.yyyy"));
    m_dateEdit->setToolTip(tr("Choose a date"));
    bar->addWidget(m_dateEdit);
    bar->addActions({m_nextDay, m_nextWeek});
    bar->addSeparator();
    bar->addActions({m_dayView, m_weekView});
    bar->addSeparator();
    m_practitionerFilter = addLabelledCombo(bar, tr(" Practitioner: "), "practitionerFilter");
    m_typeChooser = addLabelledCombo(bar, tr(" Free slots for: "), "typeChooser");
    bar->addAction(m_nextFree);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &MainWindow::setDate);
    connect(m_practitionerFilter, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    connect(m_typeChooser, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
}

} // namespace empfang
