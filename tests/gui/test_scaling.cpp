// The reception window and the front-desk dialogs at 125 % and 150 % display scaling, rendered
// offscreen on a 1920×1080 screen: practitioner names and day headers must fit their columns,
// no label, button or field may be squeezed below the size its text needs or cut its text, and
// every dialog must fit on the (logically smaller) screen. The scale comes from EMPFANG_TEST_SCALE
// (CTest runs 1.25 and 1.5) and is applied as QT_SCALE_FACTOR before QApplication exists.
#include "booking/demo_data.h"
#include "booking_dialog.h"
#include "localization.h"
#include "main_window.h"
#include "next_free_dialog.h"
#include "patients_dialog.h"
#include "schedule_view.h"
#include "series_dialog.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

double g_scale = 1.5;
const QSize kScreen(1920, 1080); // device pixels, as on a typical front-desk monitor

/// Text that does not come across in `root`, one line each: widgets squeezed below the size
/// their text needs, a label showing a literal "&" (mnemonic without buddy), a field too narrow
/// for its hint, list entries cut off at the right.
QStringList unreadable(const QWidget &root)
{
    QStringList out;
    const auto where = [](const QWidget *w) {
        return QStringLiteral("%1 (%2)").arg(w->objectName(),
                                             QLatin1String(w->metaObject()->className()));
    };
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&root) || w->width() <= 0)
            continue;
        const QFontMetrics fm = w->fontMetrics();
        const auto *label = qobject_cast<QLabel *>(w);
        if (label && !label->buddy() && !Qt::mightBeRichText(label->text()) &&
            QString(label->text()).remove(QStringLiteral("&&")).contains(u'&'))
            out << where(w) + QStringLiteral(" shows \"%1\"").arg(label->text());
        if (const auto *edit = qobject_cast<QLineEdit *>(w);
            edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty() &&
            fm.horizontalAdvance(edit->placeholderText()) > edit->width() - 12)
            out << where(w) + QStringLiteral(" cuts its hint \"%1\"").arg(edit->placeholderText());
        if (const auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                if (fm.horizontalAdvance(list->item(i)->text()) > list->viewport()->width() - 8)
                    out << where(w) + QStringLiteral(" cuts \"%1\"").arg(list->item(i)->text());
            }
        }
        const bool text = (label && !label->text().isEmpty() && !label->wordWrap()) ||
                          qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                          qobject_cast<QAbstractSpinBox *>(w);
        const QSize need = w->minimumSizeHint();
        if (text && (w->width() < need.width() || w->height() < need.height()))
            out << where(w) + QStringLiteral(" %1×%2 < %3×%4")
                                  .arg(w->width())
                                  .arg(w->height())
                                  .arg(need.width())
                                  .arg(need.height());
    }
    return out;
}

/// The header's promises: every name unshortened or an abbreviation (never "…"), as wide as its
/// column allows, and rows at least one line of text high.
void verifyHeaderFits(const ScheduleView &view)
{
    const ScheduleLayout &l = view.layout();
    const QStringList names = view.headerNames();
    QCOMPARE(names.size(), view.data().columns.size());
    QVERIFY(!names.isEmpty());
    for (int c = 0; c < names.size(); ++c) {
        const ScheduleColumn &column = view.data().columns.at(c);
        QFont f = view.font();
        f.setItalic(!column.offersType);
        QVERIFY2(!names.at(c).contains(QChar(0x2026)),
                 qPrintable(QStringLiteral("column %1 elided: %2").arg(c).arg(names.at(c))));
        QVERIFY2(column.practitioner.name.contains(names.at(c).left(1)), qPrintable(names.at(c)));
        QVERIFY2(
            QFontMetrics(f).horizontalAdvance(names.at(c)) <= l.columnWidth() - 6,
            qPrintable(
                QStringLiteral("%1 does not fit %2 px").arg(names.at(c)).arg(l.columnWidth())));
    }
    const QFontMetrics fm(view.font());
    QFont bold = view.font();
    bold.setBold(true);
    QVERIFY(l.dayRowHeight() - 4 >= QFontMetrics(bold).height()); // name row keeps its bar
    QVERIFY(l.axisWidth() >= fm.horizontalAdvance(QStringLiteral("00:00")));
    // The short day form "Mo. 07.12." must fit one day's columns.
    const QString shortDay =
        QLocale().toString(view.data().days.first(), QStringLiteral("ddd dd.MM."));
    QVERIFY2(QFontMetrics(bold).horizontalAdvance(shortDay) <=
                 l.columnWidth() * l.practitionersPerDay() - 4,
             qPrintable(shortDay));
}

} // namespace

class TestScaling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridHeaderFitsInDayAndWeekView();
    void toolbarIsNotSqueezed();
    void frontDeskDialogsFitAndAreNotSqueezed();
};

void TestScaling::initTestCase()
{
    installTranslations(*QCoreApplication::instance()); // German is longer than English
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(qFuzzyCompare(screen->devicePixelRatio(), g_scale));
    // 1920×1080 device pixels are 1280×720 at 150 %: that little room is what must suffice.
    QCOMPARE(screen->geometry().size(), (QSizeF(kScreen) / g_scale).toSize());
}

void TestScaling::gridHeaderFitsInDayAndWeekView()
{
    TestDatabase t;
    QVERIFY(DemoData::seed(*t.db, t.clock));
    MainWindow window(*t.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.width() <= window.screen()->availableGeometry().width());
    auto *view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    QVERIFY(view);
    // Really painted at the scale, not just laid out: the grab has the device pixel ratio.
    const QImage image = view->viewport()->grab().toImage();
    QVERIFY(qFuzzyCompare(image.devicePixelRatio(), g_scale));
    QCOMPARE(view->data().columns.size(), 15); // the demo's week: 3 practitioners × 5 days
    verifyHeaderFits(*view);
    window.findChild<QAction *>(QStringLiteral("actionDayView"))->trigger();
    QCOMPARE(view->data().columns.size(), 3);
    verifyHeaderFits(*view);
    // A day of three has room for the full names.
    QVERIFY2(view->headerNames().contains(QStringLiteral("Dr. Miriam Vogt")),
             qPrintable(view->headerNames().join(u',')));
}

void TestScaling::toolbarIsNotSqueezed()
{
    TestDatabase t;
    QVERIFY(DemoData::seed(*t.db, t.clock));
    MainWindow window(*t.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
    QVERIFY(bar);
    const QStringList bad = unreadable(*bar);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    // Nothing pushed into the overflow menu: every control of the bar is on screen.
    for (QWidget *w : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w->objectName() == QLatin1String("qt_toolbar_ext_button"))
            QVERIFY2(!w->isVisible(), "toolbar overflows");
    }
}

void TestScaling::frontDeskDialogsFitAndAreNotSqueezed()
{
    TestDatabase t;
    QVERIFY(DemoData::seed(*t.db, t.clock));
    const auto practitioners = PractitionerRepository(*t.db).list().value();
    const auto types = AppointmentTypeRepository(*t.db).list().value();
    const qint64 start = TestDatabase::berlin(QDate(2026, 12, 8), QTime(9, 0));
    const QTimeZone zone("Europe/Berlin");
    BookingDialog booking(*t.db, *t.booking, practitioners.first(), start, zone, types,
                          types.first().id);
    SeriesDialog series(*t.db, *t.booking, *t.availability, practitioners.first().id,
                        types.first().id, start);
    NextFreeDialog nextFree(*t.db, *t.availability, types.first().id);
    PatientsDialog patients(*t.db, *t.booking, t.clock);
    const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
    for (QDialog *dialog :
         std::initializer_list<QDialog *>{&booking, &series, &nextFree, &patients}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString name = dialog->objectName();
        QVERIFY2(dialog->frameGeometry().width() <= room.width() &&
                     dialog->frameGeometry().height() <= room.height(),
                 qPrintable(QStringLiteral("%1 is %2×%3 on a %4×%5 screen")
                                .arg(name)
                                .arg(dialog->frameGeometry().width())
                                .arg(dialog->frameGeometry().height())
                                .arg(room.width())
                                .arg(room.height())));
        const QStringList bad = unreadable(*dialog);
        QVERIFY2(bad.isEmpty(), qPrintable(name + u'\n' + bad.join(u'\n')));
        // For looking at them: EMPFANG_SCALING_SHOTS=DIR saves each dialog as rendered.
        if (const QString shots = qEnvironmentVariable("EMPFANG_SCALING_SHOTS"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(
                QStringLiteral("%1-%2.png").arg(name).arg(qRound(g_scale * 100))));
        dialog->hide();
    }
    // The series preview keeps room for four sessions besides its header.
    auto *preview = series.findChild<QTableWidget *>(QStringLiteral("seriesPreview"));
    QVERIFY(preview && preview->rowCount() >= 4);
    QVERIFY2(preview->viewport()->height() >= 4 * preview->rowHeight(0),
             qPrintable(QString::number(preview->viewport()->height())));
}

int main(int argc, char **argv)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("EMPFANG_TEST_SCALE").toDouble(&ok);
    if (ok && scale > 0)
        g_scale = scale;
    // Both must be set before QApplication: Qt reads the scale and the screens only at start.
    qputenv("QT_SCALE_FACTOR", QByteArray::number(g_scale));
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QStringLiteral("{\"screens\": [{\"name\": \"desk\", \"x\": 0, \"y\": 0, "
                                  "\"width\": %1, \"height\": %2, \"logicalDpi\": 96, "
                                  "\"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                       .arg(kScreen.width())
                       .arg(kScreen.height())
                       .toUtf8()) < 0)
        qFatal("cannot write the offscreen screen configuration");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestScaling test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_scaling.moc"
