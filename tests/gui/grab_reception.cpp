// Saves the README's pictures of the front desk (issue 15) into a folder: the booking dialog
// with a search typed, the warning before an absence over booked appointments, the
// appointment card in the practice's small format, and the Google tab as practitioners see it.
// packaging/screenshots.sh runs it under Xvfb; CTest runs it once so it cannot rot. A tool, not a
// test.
#include "absences_tab.h"
#include "app/app_services.h"
#include "booking/demo_data.h"
#include "booking_dialog.h"
#include "documents/document_html.h"
#include "google/google_connection_service.h"
#include "google/google_endpoints.h"
#include "localization.h"
#include "main_window.h"
#include "memory_token_store.h"
#include "pdf_writer.h"
#include "schedule_view.h"
#include "settings_dialog.h"
#include "storage/appointment_type_repository.h"
#include "storage/practice_contact_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/settings_repository.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>

using namespace empfang;

namespace {

bool save(QWidget *widget, const QString &path)
{
    if (!widget || !widget->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

// The card as the printer would lay it out, at 4 pixels per millimetre, on white paper.
bool saveCard(Database &db, qint64 patientId, qint64 nowMs, const QString &path)
{
    auto html = DocumentHtml::appointmentCard(db, patientId, nowMs);
    if (!html)
        return false;
    const auto format = PracticeContactRepository(db).load().cardFormat;
    const QPageLayout page = PdfWriter::pageLayout(format);
    const double pxPerMm = 4.0;
    const QSizeF full = page.fullRect(QPageLayout::Millimeter).size() * pxPerMm;
    const QRectF paint = page.paintRect(QPageLayout::Millimeter);
    QImage image(full.toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    // QTextDocument lays out in pixels of a 96 dpi screen: 1 mm = 96 / 25.4 of those.
    const double ptPerMm = 96.0 / 25.4;
    QTextDocument document;
    document.setDefaultFont(PdfWriter::font(format));
    document.setHtml(html.value());
    document.setPageSize(paint.size() * ptPerMm);
    painter.translate(paint.topLeft() * pxPerMm);
    painter.scale(pxPerMm / ptPerMm, pxPerMm / ptPerMm);
    document.drawContents(&painter, QRectF(QPointF(0, 0), paint.size() * ptPerMm));
    painter.end();
    return image.save(path);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Empfang"));
    installTranslations(app);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: grab_reception OUTPUT_DIR" << Qt::endl;
        return 2;
    }
    const QDir out(args.at(1));
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("shot.sqlite")));
    if (!opened)
        return 1;
    Database &db = *opened.value();
    Clock clock;
    if (!DemoData::seed(db, clock))
        return 1;
    PracticeContact contact;
    contact.address = QStringLiteral("Marktplatz 3, 04109 Leipzig");
    contact.phone = QStringLiteral("0341 1234567");
    contact.email = QStringLiteral("termine@praxis-am-markt.de");
    contact.website = QStringLiteral("www.praxis-am-markt.de");
    if (!PracticeContactRepository(db).save(contact))
        return 1;

    AppServices services(db, clock);
    MainWindow window(services);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    ScheduleView *view = window.scheduleView();
    const QList<FreeSlot> freeSlots = view->displayedFreeSlots();
    const QList<Appointment> booked = view->displayedAppointments();
    if (freeSlots.isEmpty() || booked.isEmpty())
        return 1;

    // 1. Booking with "Wag" typed: Sophie Wagner is chosen, "new patient" is last.
    {
        const FreeSlot slot = freeSlots.first();
        auto practitioner = PractitionerRepository(db).find(slot.practitionerId);
        AvailabilityService availability(db, clock);
        BookingService booking(db, availability);
        const QList<AppointmentType> types = AppointmentTypeRepository(db).list().value();
        BookingDialog dialog(db, booking, practitioner.value(), slot.span.startMs,
                             SettingsRepository(db).load().timeZone(), types, types.first().id,
                             &window);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return 1;
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("patientSearch")),
                         QStringLiteral("Wag"));
        QTest::qWait(200);
        if (!save(&dialog, out.filePath(QStringLiteral("booking-dialog.png"))))
            return 1;
    }

    // 2. An absence over the first booked day: the question before anything is stored.
    {
        Appointment first = booked.first();
        for (const Appointment &a : booked) {
            if (a.blocksTime() && a.span.startMs > clock.nowMs()) {
                first = a;
                break;
            }
        }
        SettingsDialog settings(db, &window);
        settings.setDay(QDateTime::fromMSecsSinceEpoch(first.span.startMs,
                                                       SettingsRepository(db).load().timeZone())
                            .date());
        auto *tab = settings.findChild<AbsencesTab *>();
        auto *who = tab->findChild<QComboBox *>(QStringLiteral("absencePractitioner"));
        who->setCurrentIndex(who->findData(first.practitionerId));
        settings.tabs()->setCurrentWidget(tab);
        settings.show();
        if (!QTest::qWaitForWindowExposed(&settings))
            return 1;
        tab->findChild<QLineEdit *>(QStringLiteral("absenceReason"))
            ->setText(QStringLiteral("Fortbildung"));
        bool saved = false;
        // The question is modal; grab it once it is up, then answer "Cancel".
        QTimer::singleShot(600, &app, [&] {
            QWidget *box = QApplication::activeModalWidget();
            saved = save(box, out.filePath(QStringLiteral("absence-warning.png")));
            if (box)
                box->close();
        });
        tab->findChild<QPushButton *>(QStringLiteral("addAbsence"))->click();
        if (!saved)
            return 1;
    }

    // 3. The appointment card of a patient with upcoming appointments.
    qint64 patient = 0;
    for (const Appointment &a : booked) {
        if (a.blocksTime() && a.span.startMs > clock.nowMs())
            patient = a.patientId;
    }
    if (!patient ||
        !saveCard(db, patient, clock.nowMs(), out.filePath(QStringLiteral("appointment-card.png"))))
        return 1;

    // 4. Settings › Google-Kalender in the practitioners' words, the IT's details collapsed.
    {
        test::MemoryTokenStore tokens;
        QNetworkAccessManager network;
        GoogleConnectionService service(db, tokens, &network, GoogleEndpoints::defaults());
        SettingsDialog settings(db, &service, &window);
        settings.showGoogleTab(PractitionerRepository(db).list().value().first().id);
        settings.show();
        if (!QTest::qWaitForWindowExposed(&settings))
            return 1;
        QTest::qWait(200);
        if (!save(&settings, out.filePath(QStringLiteral("google-tab.png"))))
            return 1;
    }
    return 0;
}
